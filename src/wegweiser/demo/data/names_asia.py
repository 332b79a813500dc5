"""Names from East and South-East Asia (family name first in the original order)."""

from .name_group import NameGroup

VIETNAMESE = NameGroup(
    male=["Van Minh", "Duc Anh", "Quang Huy", "Van Hung", "Thanh Tung", "Van Nam"],
    female=["Thi Lan", "Thi Hoa", "Thi Mai", "Thu Trang", "Thi Huong", "Ngoc Anh"],
    family=["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"],
)

CHINESE = NameGroup(
    male=["Wei", "Jun", "Hao", "Lei", "Jian", "Ming"],
    female=["Li", "Fang", "Xiu Ying", "Jing", "Mei", "Yan"],
    family=["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang"],
)
