"""The titles people hold, written right before their names (董事长王强, 红河国总统李四).

Examples:
    >>> "总统" in TITLES, bool(TITLE.fullmatch("外交部长")), bool(TITLE.fullmatch("各国代表"))
    (True, True, False)
"""
from __future__ import annotations

import re

TITLES = """队长 副队长 车长 调度 组长 副组长 书记 副书记 主任 副主任 局长 副局长 处长 科长 站长 校长 院长 经理 总经理
董事长 所长 馆长 会长 主席 部长 厅长 市长 区长 县长 旗长 镇长 乡长 村长 网格长 负责人 党员志愿者 志愿者 老师 教师
医生 护士长 护士 民警 网格员 社工 司机 调度员 记者 主持人 理事长 秘书长 常委 委员 干部 省长 副总经理 总裁 行长 主管
班主任 支书 政委 主任医师 专家 教授 主委
总理 副总理 委员长 副委员长 发言人 大使 总书记 国务委员 总统 副总统 首相 外长 议长 总干事 检察长 审计长 署长
司令员 院士 研究员 工程师 总工程师 厂长 矿长 总监 社长 总编辑 总编 台长 主编 团长 副团长 领队 教练 董事 理事
巡视员 调研员 助理 科员 主任科员 指挥长 总指挥
成员 领导人 领导 参谋长 政治委员 教导员 特使 职工 员工 大队长 支队长 中队长 总队长
参赞 临时代办 公使 总领事 领事 特派员 武官 特别代表 新闻秘书
秘书 监事 监事长 总会计师 总经济师 经济师 检察官 法官 法警 医师 讲师 辅导员 辅警
农艺师 畜牧师 兽医师 药师 庭长 园长 司长 股长 州长 系主任""".split()
# Titles that name a group of people as often as a post (干部, 教师, 志愿者): they also stand inside the names of the
# bodies that serve or train the group (青山大学教师教育学院, 青山干部学院).
GROUP_TITLES = frozenset("干部 志愿者 党员志愿者 职工 员工 成员 专家 老师 教师 医生 护士 民警 网格员 社工 司机 领导 领导人 记者".split())
TITLE_WORDS = "|".join(sorted(TITLES, key=len, reverse=True))  # longest first
# A title with up to four characters of qualifier before it: 外交部长, 常务副市长.
TITLE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{TITLE_WORDS})")
# An office: a title with 副 or 常务副 before it at most (副会长, 常务副会长), or an honorary one (名誉会长, 荣誉院长),
# what one is elected or appointed to.
OFFICE = re.compile(rf"(?:名誉|荣誉|常务)?副?(?:{TITLE_WORDS})")
