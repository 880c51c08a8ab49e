"""Helper module for 46_uncaught_user_exception: an exception class and a function raising it."""


class ConfigError(Exception):
    def __init__(self, key):
        self.key = key


def require(config, key):
    if key not in config:
        raise ConfigError(key)
    return config[key]
