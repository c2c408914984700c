package io.attract.demo;

import io.attract.common.security.Roles;
import io.attract.unit.UnitKind;
import java.util.List;

/** Tianqiao District's street offices and the departments that attract investment. */
final class DemoUnits {

    record DemoUnit(String code, String name, UnitKind kind) {}

    record DemoUser(String username, String displayName, String unitCode, String role) {}

    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("wuyingshan", "无影山街道", UnitKind.STREET),
            new DemoUnit("tianqiaodongjie", "天桥东街街道", UnitKind.STREET),
            new DemoUnit("beicun", "北村街道", UnitKind.STREET),
            new DemoUnit("nancun", "南村街道", UnitKind.STREET),
            new DemoUnit("dikoulu", "堤口路街道", UnitKind.STREET),
            new DemoUnit("beitan", "北坦街道", UnitKind.STREET),
            new DemoUnit("zhijinshi", "制锦市街道", UnitKind.STREET),
            new DemoUnit("baohuajie", "宝华街街道", UnitKind.STREET),
            new DemoUnit("guanzhaying", "官扎营街道", UnitKind.STREET),
            new DemoUnit("weibeilu", "纬北路街道", UnitKind.STREET),
            new DemoUnit("yaoshan", "药山街道", UnitKind.STREET),
            new DemoUnit("beiyuan", "北园街道", UnitKind.STREET),
            new DemoUnit("luokou", "泺口街道", UnitKind.STREET),
            new DemoUnit("gongrenxincun-beicun", "工人新村北村街道", UnitKind.STREET),
            new DemoUnit("gongrenxincun-nancun", "工人新村南村街道", UnitKind.STREET),
            new DemoUnit("sangzidian", "桑梓店街道", UnitKind.STREET),
            new DemoUnit("daqiao", "大桥街道", UnitKind.STREET),
            new DemoUnit("district-gov", "区人民政府", UnitKind.DEPARTMENT),
            new DemoUnit("invest-bureau", "区投资促进局", UnitKind.DEPARTMENT),
            new DemoUnit("drc", "区发展和改革局", UnitKind.DEPARTMENT),
            new DemoUnit("industry-it", "区工业和信息化局", UnitKind.DEPARTMENT),
            new DemoUnit("commerce", "区商务局", UnitKind.DEPARTMENT),
            new DemoUnit("new-materials-park", "济南新材料产业园区管委会", UnitKind.PARK));

    /** One demo user per role (the OIDC Dev Service offers the same names on its login page). */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("officer", "王伟（招商专员）", "wuyingshan", Roles.OFFICER),
            new DemoUser("officer2", "赵磊（招商专员）", "luokou", Roles.OFFICER),
            new DemoUser("unithead", "李娜（单位负责人）", "wuyingshan", Roles.UNIT_HEAD),
            new DemoUser("leader", "张强（区领导）", "district-gov", Roles.LEADER),
            new DemoUser("stats", "刘洋（统计员）", "invest-bureau", Roles.STATS),
            new DemoUser("admin", "陈静（系统管理员）", "invest-bureau", Roles.ADMIN),
            new DemoUser("secadmin", "周敏（安全管理员）", "invest-bureau", Roles.SECURITY_ADMIN),
            new DemoUser("auditor", "吴刚（审计管理员）", "invest-bureau", Roles.AUDIT_ADMIN));

    /** The demo's leader: the 张强 of the demo projects' sponsors is this user (我包挂的项目). */
    static final DemoUser LEADER = USERS.get(3);

    /** The demo officer who works in the unit, else the login the demo enters the unit's records under (admin). */
    static String officerOf(String unitCode) {
        return USERS.stream()
                .filter(u -> u.role().equals(Roles.OFFICER) && u.unitCode().equals(unitCode))
                .map(DemoUser::username)
                .findFirst()
                .orElse(DemoPeople.ADMIN);
    }

    private DemoUnits() {}
}
