"""A .csv of N new, valid target firms in the import template's columns (deterministic)."""
import sys

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    s = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - s % 31) % 31]


rows = int(sys.argv[1])
out = sys.stdout
out.write("企业名称,统一社会信用代码,来源地代码,产业(4+N),企业标签,注册资本(万元),状态\n")
for n in range(rows):
    out.write("导入基准企业%07d有限公司,%s,370105,新型功能材料,瞪羚(2024),%d.5,储备\n" % (n, uscc("91370105MB" + "%07d" % n), 1000 + n % 9000))
