"""A monthly ledger (月度台账) of N new projects as a .csv in the template's columns (deterministic).

    python3 bench/ledger_sheet.py ROWS MONTH UNIT [FIRMS_CSV] > ledger.csv

MONTH is YYYY-MM (the ledger's month; every date in the sheet is on or before its last day), UNIT the responsible
unit's code (the importing officer's own unit), FIRMS_CSV optional lines "name,credit code" of firms already in the
library: most rows name one of them as investor (found by credit code), the others a new firm (added by the
import). Rows follow the import's rules: a date for every funnel stage up to 阶段 and none after it, dates in
funnel order, 固定资产投资 ≤ 总投资, 当月 ≤ 当年累计 ≤ 历年累计 (equal in January), 实际使用外资 only with 当月到位资金,
and 来源层级 given so funds in place always have a tier.
"""
import calendar
import datetime
import random
import sys

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
HEADERS = ["项目编号", "项目名称", "所在库", "阶段", "是否重点", "投资方", "统一社会信用代码", "企业性质", "企业标签", "来源地",
           "来源层级", "行业(4+N)", "国民经济行业代码", "组团", "园区/载体", "落地街道", "建设内容", "招商方式",
           "关联活动/外出招商", "总投资(万元)", "固定资产投资(万元)", "合同外资(万美元)", "当月到位资金(万元)",
           "当年累计到位(万元)", "历年累计到位(万元)", "当月实际使用外资(万美元)", "首谈日期", "签约日期", "注册日期", "开工日期",
           "投产日期", "包挂领导", "责任单位", "责任人", "本月进展", "存在问题", "需协调事项", "下步计划"]
# 阶段 label, how many funnel dates it has (首谈 … 投产), its weight in a ledger
STAGES = [("线索", 0, 5), ("在谈", 1, 35), ("签约", 2, 25), ("注册(落地)", 3, 15), ("开工", 4, 10), ("投产/运营", 5, 8),
          ("搁置", 1, 1), ("终止", 2, 1)]
INDUSTRIES = [("新型功能材料", "C2651", "新型智造组团"), ("智能制造装备", "C3421", "新型智造组团"), ("特色商贸", "F5191", "特色商贸组团"),
              ("高端服务", "M7520", "高端服务组团"), ("未来消费", "R8770", "特色商贸组团"), ("未来健康", "C3581", "高科创新组团"),
              ("未来空天", "C3743", "高科创新组团"), ("未来数智", "I6510", "高科创新组团")]
# 来源层级, the 来源地 a new investor firm gets (a region code, or a country for 境外), weight
TIERS = [("省外", "310115", 45), ("市外省内", "370200", 20), ("区外市内", "370112", 20), ("区内", "370105", 7),
         ("境外", "US", 8)]
CONTENTS = ["研发中心", "智能工厂", "总部基地", "生产基地", "产业园", "结算中心", "供应链基地", "检测平台"]
METHODS = ["以商招商", "产业链招商", "空间招商", "项目招商", "二次招商", "中介/基金招商", "展会招商"]
STREETS = ["天桥东街街道", "北坦街道", "泺口街道", "桑梓店街道", "大桥街道"]


def uscc(first17):
    s = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - s % 31) % 31]


def pick(rng, weighted):
    return rng.choices(weighted, weights=[w[-1] for w in weighted])[0]


def money(x):
    return "%.2f" % x


def main():
    rows, month, unit = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    firms = []
    if len(sys.argv) > 4:
        with open(sys.argv[4], encoding="utf-8") as f:
            firms = [tuple(line.rstrip("\n").split(",", 1)) for line in f if "," in line]
    year, mon = int(month[:4]), int(month[5:7])
    month_end = datetime.date(year, mon, calendar.monthrange(year, mon)[1])
    month_start = month_end.replace(day=1)
    rng = random.Random(20260501)
    out = sys.stdout
    out.write(",".join(HEADERS) + "\n")
    for n in range(rows):
        label, dated, _ = pick(rng, STAGES)
        industry, gbt, zone = INDUSTRIES[n % len(INDUSTRIES)]
        tier, origin, _ = pick(rng, TIERS)
        content = CONTENTS[n % len(CONTENTS)]
        # investors: an existing firm (by credit code) for most rows, a new firm for the others, now and then both
        if firms and n % 5 != 0:
            investors = [firms[(n * 7919) % len(firms)]]
        else:
            investors = [("台账基准投资%06d有限公司" % n, uscc("91310115MC" + "%07d" % n))]
        if n % 10 == 3 and firms:
            investors.append(("台账基准合作%06d有限公司" % n, uscc("91320505MD" + "%07d" % n)))
        total = 3000 + int(rng.random() ** 2 * 200000)
        fixed = int(total * (0.55 + rng.random() * 0.4))
        # funnel dates counted back from a day in the ledger month or the months before it
        last = month_end - datetime.timedelta(days=int(rng.random() ** 1.5 * 700))
        dates = []
        day = last
        for _ in range(dated):
            dates.insert(0, day)
            day -= datetime.timedelta(days=20 + rng.randint(0, 120))
        cells = [""] * 5
        for i, d in enumerate(dates):
            cells[i] = d.isoformat() if n % 2 else "%d/%d/%d" % (d.year, d.month, d.day)
        signed = label in ("签约", "注册(落地)", "开工", "投产/运营")
        month_funds = year_funds = all_funds = usd = ""
        if signed and rng.random() < 0.7:
            m = round(total * (0.002 + rng.random() * 0.02), 2)
            if dates[1] > month_end.replace(month=1, day=1) and dates[1] >= month_start:
                y = m  # signed this month: nothing earlier
                a = m
            else:
                y = m if mon == 1 else round(m * (1 + rng.random() * (mon - 1)), 2)
                a = y if dates[1].year == year else round(y + total * rng.random() * 0.2, 2)
            month_funds, year_funds, all_funds = money(m), money(y), money(a)
            if tier == "境外":
                usd = money(m / 7.1)
        key = total > 100000 or n % 9 == 0
        pool = "策划库" if label == "线索" else "推进库" if label in ("在谈", "签约", "搁置", "终止") else "实施库"
        worklog = ["完成项目备案，正在办理环评手续" if n % 2 else "召开项目推进调度会，明确时间节点",
                   "土地报批进度滞后" if n % 7 == 0 else "", "需协调解决用地指标" if key and n % 3 == 0 else "",
                   "加快办理前期手续，争取早日开工"]
        row = ["TZ%04d%02d-%05d" % (year, mon, n), "台账基准%05d%s项目" % (n, content), pool, label,
               "是" if key else "否", "、".join(i[0] for i in investors), "、".join(i[1] for i in investors),
               "民企", "瞪羚(2024)" if n % 11 == 0 else "", origin,
               tier, industry, gbt, zone, "", STREETS[n % len(STREETS)] if dated >= 3 and label != "终止" else "",
               "建设" + content + "，主要从事" + industry + "相关业务", METHODS[n % len(METHODS)], "",
               str(total), str(fixed), money(total / 7.1 * 0.6) if tier == "境外" else "",
               month_funds, year_funds, all_funds, usd] + cells + [
               "张强" if key else "", unit, "bench-officer"] + worklog
        out.write(",".join(row) + "\n")


if __name__ == "__main__":
    main()
