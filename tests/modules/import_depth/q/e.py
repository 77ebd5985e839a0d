from .d import d
