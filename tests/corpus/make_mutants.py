#!/usr/bin/env python3
"""Derives tests/corpus/mutants/ from the clean real documents of this corpus with the shared
corpus's mutate.py (../shared/corpus/mutate.py: same operators, same fixed seed, same checks).

    python3 tests/corpus/make_mutants.py

mutate.py's placeholder operator fills curated spots named by document, and its list names the
shared corpus's documents; this script gives it the spots of ours instead (a name or a number in
a body sentence of a document with no labelled numbering defect, each replaced by one of the
placeholder forms drafters leave), then runs it unchanged.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_MUTATE = os.path.join(HERE, "..", "..", "..", "shared", "corpus", "mutate.py")

# (document number, line, anchor text on that line, the part of it replaced, placeholder)
PLACEHOLDER_SPOTS = [
    ("101", 4, "湖州市卫生健康", "湖州", "XX"),
    ("102", 11, "现将2023年浙江省", "浙江", "【单位名称】"),
    ("104", 7, "标准至1255元", "1255", "xx"),
    ("107", 2, "江西省應急管理", "江西", "XX"),
    ("108", 7, "2024 年全市应急管理", "2024", "xxxx"),
    ("110", 8, "学习主题50项", "50", "X"),
    ("116", 20, "不少于500人次", "500", "____"),
    ("124", 17, "黄山市人民政府", "黄山", "某某"),
    ("154", 13, "推进本市墙体材料", "本市", "××市"),
    ("156", 3, "山东省实施", "山东", "XX"),
    ("155", 12, "贵州省第十届", "贵州", "某某"),
    ("157", 13, "《广东省安全生产", "广东", "X"),
    ("158", 18, "等13项数额", "13", "xx"),
    ("169", 1, "安徽省人民政府", "安徽", "【单位名称】"),
    ("173", 5, "温州市基础教育", "温州", "××"),
    ("174", 4, "安庆市教育局", "安庆", "XX"),
    ("175", 8, "各县区教育局", "各县区教育局", "【单位名称】"),
    ("180", 4, "超過26%", "26", "xx"),
    ("182", 6, "认定1885所", "1885", "____"),
    ("182", 10, "北京市西城区", "西城区", "某某区"),
]


def main():
    spec = importlib.util.spec_from_file_location("mutate", SHARED_MUTATE)
    mutate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mutate)
    mutate.PLACEHOLDER_SPOTS = PLACEHOLDER_SPOTS
    sys.argv = [SHARED_MUTATE, "--corpus", HERE] + sys.argv[1:]
    return mutate.main()


if __name__ == "__main__":
    sys.exit(main())
