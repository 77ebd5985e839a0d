# Ends with an uncaught `raise ... from e` (CPython reports the cause chain "The above exception was the direct cause ...").


class SettingsError(Exception):
    pass


def port_of(settings: dict[str, str]) -> int:
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise SettingsError("invalid port setting") from e


def main() -> None:
    print(port_of({"port": "8080"}))
    try:
        port_of({})
    except SettingsError as e:
        print("caught:", e)
    print(port_of({"port": "80"}))
    print(port_of({"port": "eighty"}))
    print("not reached")


if __name__ == "__main__":
    main()
