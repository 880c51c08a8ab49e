# Class attributes shared across instances vs instance attributes shadowing them; class methods as factories.
class Config:
    defaults = {"debug": False, "level": 1}
    instances = 0

    def __init__(self, **overrides):
        Config.instances += 1
        self.values = dict(Config.defaults)
        self.values.update(overrides)

    @classmethod
    def verbose(cls):
        return cls(debug=True, level=3)

    @staticmethod
    def describe(values):
        return ", ".join(f"{k}={values[k]}" for k in sorted(values))

    def __repr__(self):
        return "Config(" + Config.describe(self.values) + ")"


a = Config()
b = Config.verbose()
c = Config(level=7)
print(a, b, c, Config.instances)
a.instances = 100
print(a.instances, Config.instances, b.instances)
Config.defaults["level"] = 9
print(Config(), a)


class Base:
    registry = []

    @classmethod
    def register(cls):
        Base.registry.append(cls.__name__)
        return cls


class One(Base):
    pass


class Two(Base):
    pass


One.register()
Two.register()
print(Base.registry)
