# An uncaught user exception with several arguments.
class ValidationError(Exception):
    pass


def validate(record):
    if "id" not in record:
        raise ValidationError("missing id", record.get("name", "?"), 42)
    return record["id"]


print(validate({"id": 7}))
print(validate({"name": "ghost"}))
