# Date arithmetic with integers: leap years, days in month, day of week
# (Zeller's congruence) and day-of-year counts.


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y: int, m: int) -> int:
    if m == 2:
        return 29 if is_leap(y) else 28
    if m == 4 or m == 6 or m == 9 or m == 11:
        return 30
    return 31


def day_of_week(y: int, m: int, d: int) -> int:
    # 0 = Monday ... 6 = Sunday.
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def name_of(dow: int) -> str:
    if dow < 3:
        return "Mon" if dow == 0 else "Tue" if dow == 1 else "Wed"
    if dow < 5:
        return "Thu" if dow == 3 else "Fri"
    return "Sat" if dow == 5 else "Sun"


def day_of_year(y: int, m: int, d: int) -> int:
    total = d
    for mm in range(1, m):
        total += days_in_month(y, mm)
    return total


def main() -> None:
    leaps = ""
    for y in range(1896, 1913, 4):
        leaps += str(y) + ("L " if is_leap(y) else "- ")
    print(leaps, is_leap(2000), is_leap(1900), is_leap(2024), is_leap(2023))
    print(day_of_week(2000, 1, 1), name_of(day_of_week(2000, 1, 1)))
    print(name_of(day_of_week(1969, 7, 20)), name_of(day_of_week(2024, 2, 29)))
    print(name_of(day_of_week(1970, 1, 1)), name_of(day_of_week(2038, 1, 19)))
    for m in range(1, 13):
        print(m, days_in_month(2024, m), days_in_month(2023, m), name_of(day_of_week(2024, m, 1)))
    print(day_of_year(2024, 12, 31), day_of_year(2023, 12, 31), day_of_year(2024, 3, 1))
    total_days = 0
    for y in range(1970, 2000):
        total_days += 366 if is_leap(y) else 365
    print("days 1970..1999:", total_days, "weeks:", total_days // 7, "rest:", total_days % 7)
    secs = total_days * 86400
    print("seconds:", secs, divmod(secs, 3600))


if __name__ == "__main__":
    main()
