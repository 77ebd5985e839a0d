# expect: error[unsupported] 5:27
from enum import EnumMeta


class A(object, metaclass=EnumMeta):
    pass
