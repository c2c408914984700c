package io.attract.reminder;

import io.attract.engagement.Reminder;
import io.attract.project.ProjectWorklog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The words of reminders: plain Chinese, short, every line with a link to its page in the app. */
@ApplicationScoped
class DigestText {

    static final String BRAND = "【招商引资】";

    /** Lines shown per section; the rest is counted. */
    private static final int SHOWN = 10;

    @ConfigProperty(name = "attract.reminders.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    Digest digest(List<Reminder> items, List<ProjectWorklog.OpenRequest> coordination) {
        List<Digest.Section> sections = new ArrayList<>();
        section(
                sections,
                items,
                "LEAD_OVERDUE",
                n -> n + " 条线索已超期",
                r -> new Digest.Line(
                        r.title(), r.dueOn() == null ? "" : "（应于 " + r.dueOn() + " 前办理）", link("/leads/" + r.id())));
        section(
                sections,
                items,
                "FOLLOW_UP",
                n -> n + " 项走访跟进已到期",
                r -> new Digest.Line(r.title(), "（跟进日 " + r.dueOn() + "）", link("/visits/" + r.id())));
        items.stream()
                .filter(r -> r.kind().equals("CONFIRMATIONS_PENDING"))
                .findFirst()
                .ifPresent(r -> sections.add(new Digest.Section(
                        r.title(), List.of(new Digest.Line("请到审核页确认或退回", "", link("/confirmations"))))));
        section(
                sections,
                items,
                "CHANGE_RETURNED",
                n -> n + " 项变更被退回",
                r -> new Digest.Line(r.title(), "", link("/projects/" + r.id())));
        if (!coordination.isEmpty()) {
            sections.add(new Digest.Section(
                    coordination.size() + " 项需协调事项待办结",
                    coordination.stream()
                            .map(c -> new Digest.Line(
                                    c.projectCode() + " " + c.projectName(),
                                    "：" + c.entry().content(),
                                    link("/projects/" + c.projectId())))
                            .toList()));
        }
        return new Digest(sections);
    }

    private void section(
            List<Digest.Section> sections,
            List<Reminder> items,
            String kind,
            Function<Integer, String> summary,
            Function<Reminder, Digest.Line> line) {
        List<Digest.Line> lines =
                items.stream().filter(r -> r.kind().equals(kind)).map(line).toList();
        if (!lines.isEmpty()) {
            sections.add(new Digest.Section(summary.apply(lines.size()), lines));
        }
    }

    /** "【招商引资】您有 3 条线索已超期：某某公司新材料项目…" */
    String mailSubject(Digest d) {
        Digest.Section first = d.sections().get(0);
        String subject =
                BRAND + "您有 " + d.summary() + "：" + first.lines().get(0).text();
        return subject.length() > 120 ? subject.substring(0, 119) + "…" : subject;
    }

    String mailBody(String name, Digest d) {
        StringBuilder text = new StringBuilder(name)
                .append("，您好：\n\n您今天有 ")
                .append(d.summary())
                .append("。\n");
        for (Digest.Section s : d.sections()) {
            text.append('\n').append(s.summary()).append("：\n");
            shown(s).forEach(l -> text.append("  · ")
                    .append(l.text())
                    .append("\n    ")
                    .append(l.link())
                    .append('\n'));
            more(s, text);
        }
        return text.append("\n打开系统：")
                .append(link("/my-week"))
                .append("\n不想每天收到这封邮件，可在系统右上角的用户菜单中关闭“每日邮件摘要”。\n")
                .toString();
    }

    String robotTitle(String unitName, Digest d) {
        return BRAND + unitName + "：" + d.summary();
    }

    String robotMarkdown(String unitName, Digest d) {
        StringBuilder md =
                new StringBuilder("### ").append(BRAND).append(unitName).append("今日提醒\n");
        for (Digest.Section s : d.sections()) {
            md.append("\n**").append(s.summary()).append("**\n");
            shown(s).forEach(l -> md.append("- [")
                    .append(markdownText(l.name()))
                    .append("](")
                    .append(l.link())
                    .append(")")
                    .append(markdownText(l.note()))
                    .append('\n'));
            more(s, md);
        }
        return md.append("\n[打开系统](").append(link("/my-week")).append(")").toString();
    }

    /** An escalation, to the sponsor leader by mail. */
    String escalationSubject(String projectName) {
        return BRAND + "需协调事项：" + projectName;
    }

    String escalationMail(String name, String projectCode, String projectName, String content, long projectId) {
        return name + "，您好：\n\n您包挂的项目 " + projectCode + " " + projectName + " 提出需协调事项：\n  " + content + "\n\n请协调办结："
                + link("/projects/" + projectId) + "\n";
    }

    /** An escalation, to the unit's group. */
    String escalationMarkdown(
            String projectCode, String projectName, String content, String sponsorLeader, long projectId) {
        return "### " + BRAND + "需协调事项\n**" + markdownText(projectCode + " " + projectName) + "**\n\n> "
                + markdownText(content) + "\n\n已提请包挂领导" + (sponsorLeader == null ? "（未指定）" : " " + sponsorLeader)
                + " 协调。[查看项目](" + link("/projects/" + projectId) + ")";
    }

    private static List<Digest.Line> shown(Digest.Section s) {
        return s.lines().subList(0, Math.min(SHOWN, s.lines().size()));
    }

    private static void more(Digest.Section s, StringBuilder text) {
        if (s.lines().size() > SHOWN) {
            text.append("  ……等 ").append(s.lines().size()).append(" 项\n");
        }
    }

    /** Brackets and line breaks in a name would break a markdown link. */
    private static String markdownText(String s) {
        return s.replace('[', '〔').replace(']', '〕').replace("\n", " ");
    }

    private String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
