using System;
using System.Globalization;

namespace LambdaGen.Generators.Analyzers.Triggers;

/// <summary>What is wrong with a schedule expression, and which rule it breaks.</summary>
internal enum ScheduleProblemKind
{
    None,
    /// <summary>Neither rate(), cron() nor at(), or at() where only EventBridge Scheduler accepts it.</summary>
    Form,
    Rate,
    Cron,
    /// <summary>The day-of-month / day-of-week '?' rule of cron expressions.</summary>
    CronDays,
}

internal readonly struct ScheduleProblem(ScheduleProblemKind kind, string message)
{
    public ScheduleProblemKind Kind { get; } = kind;
    public string Message { get; } = message;
    public static ScheduleProblem None => default;
}

/// <summary>
/// Parses EventBridge schedule expressions as AWS documents them: <c>rate(value unit)</c> with a positive integer and
/// a singular unit for 1 (minute, hour, day) and plural otherwise; <c>cron(min hour day-of-month month day-of-week
/// year)</c> with six fields, one of the two day fields being <c>?</c>; and, for EventBridge Scheduler only,
/// <c>at(yyyy-mm-ddThh:mm:ss)</c>.
/// </summary>
internal static class ScheduleExpression
{
    private static readonly string[] s_months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] s_days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static ScheduleProblem Check(string expression, bool scheduler)
    {
        if (TryBody(expression, "rate", out var rate))
        {
            return CheckRate(rate);
        }

        if (TryBody(expression, "cron", out var cron))
        {
            return CheckCron(cron);
        }

        if (TryBody(expression, "at", out var at))
        {
            if (!scheduler)
            {
                return new(ScheduleProblemKind.Form, "one-time at() schedules need EventBridge Scheduler: set TimeZone, or use rate() or cron()");
            }

            return DateTime.TryParseExact(at, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? ScheduleProblem.None
                : new(ScheduleProblemKind.Form, "at() takes a date and time as yyyy-mm-ddThh:mm:ss, e.g. at(2030-01-31T08:00:00)");
        }

        return new(ScheduleProblemKind.Form, scheduler
            ? "use rate(value unit), cron(minutes hours day-of-month month day-of-week year) or at(yyyy-mm-ddThh:mm:ss)"
            : "use rate(value unit) or cron(minutes hours day-of-month month day-of-week year)");
    }

    private static bool TryBody(string expression, string name, out string body)
    {
        body = "";
        if (expression.Length < name.Length + 2
            || !expression.StartsWith(name + "(", StringComparison.Ordinal)
            || expression[expression.Length - 1] != ')')
        {
            return false;
        }

        body = expression.Substring(name.Length + 1, expression.Length - name.Length - 2);
        return true;
    }

    private static ScheduleProblem CheckRate(string body)
    {
        var parts = body.Split(' ');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return Rate("write a value and a unit separated by one space, e.g. rate(5 minutes)");
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return Rate($"the value '{parts[0]}' must be a positive whole number");
        }

        var unit = parts[1];
        var singular = unit switch
        {
            "minute" or "hour" or "day" => true,
            "minutes" or "hours" or "days" => false,
            _ => (bool?)null,
        };
        if (singular is null)
        {
            return Rate($"the unit '{unit}' must be minute(s), hour(s) or day(s)");
        }

        if (value == 1 && singular == false)
        {
            return Rate($"a value of 1 takes a singular unit: rate(1 {unit.Substring(0, unit.Length - 1)})");
        }

        if (value != 1 && singular == true)
        {
            return Rate($"a value other than 1 takes a plural unit: rate({value} {unit}s)");
        }

        return ScheduleProblem.None;

        static ScheduleProblem Rate(string message) => new(ScheduleProblemKind.Rate, message);
    }

    private static ScheduleProblem CheckCron(string body)
    {
        var fields = body.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            return Cron($"it has {fields.Length} field{(fields.Length == 1 ? "" : "s")}; EventBridge cron has 6: minutes hours day-of-month month day-of-week year");
        }

        var error = Field(fields[0], "minutes", 0, 59, null, allowQuestion: false, FieldKind.Plain)
            ?? Field(fields[1], "hours", 0, 23, null, allowQuestion: false, FieldKind.Plain)
            ?? Field(fields[2], "day-of-month", 1, 31, null, allowQuestion: true, FieldKind.DayOfMonth)
            ?? Field(fields[3], "month", 1, 12, s_months, allowQuestion: false, FieldKind.Plain)
            ?? Field(fields[4], "day-of-week", 1, 7, s_days, allowQuestion: true, FieldKind.DayOfWeek)
            ?? Field(fields[5], "year", 1970, 2199, null, allowQuestion: false, FieldKind.Plain);
        if (error is not null)
        {
            return Cron(error);
        }

        var domAny = fields[2] == "?";
        var dowAny = fields[4] == "?";
        if (domAny == dowAny)
        {
            return new(ScheduleProblemKind.CronDays, domAny
                ? "day-of-month and day-of-week cannot both be '?': give one of them a value or *"
                : $"day-of-month '{fields[2]}' and day-of-week '{fields[4]}' cannot both be set: use '?' in one of them, e.g. cron({fields[0]} {fields[1]} {fields[2]} {fields[3]} ? {fields[5]})");
        }

        return ScheduleProblem.None;

        static ScheduleProblem Cron(string message) => new(ScheduleProblemKind.Cron, message);
    }

    private enum FieldKind
    {
        Plain,
        DayOfMonth,
        DayOfWeek,
    }

    private static string? Field(string field, string name, int min, int max, string[]? names, bool allowQuestion, FieldKind kind)
    {
        if (field == "?")
        {
            return allowQuestion ? null : $"'?' is only allowed in day-of-month and day-of-week, not in {name}";
        }

        foreach (var item in field.Split(','))
        {
            if (item.Length == 0)
            {
                return $"the {name} field '{field}' has an empty list item";
            }

            if (item == "?")
            {
                return $"'?' must stand alone in the {name} field";
            }

            var error = kind switch
            {
                FieldKind.DayOfMonth when item is "L" or "LW" => null,
                FieldKind.DayOfMonth when item.Length > 1 && item[item.Length - 1] == 'W' => Single(item.Substring(0, item.Length - 1), name, min, max, names),
                FieldKind.DayOfWeek when item == "L" => null,
                FieldKind.DayOfWeek when item.Length > 1 && item[item.Length - 1] == 'L' => Single(item.Substring(0, item.Length - 1), name, min, max, names),
                FieldKind.DayOfWeek when item.IndexOf('#') > 0 => Nth(item, name, min, max, names),
                _ => Element(item, name, min, max, names),
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static string? Nth(string item, string name, int min, int max, string[]? names)
    {
        var hash = item.IndexOf('#');
        var nth = item.Substring(hash + 1);
        if (!int.TryParse(nth, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 5)
        {
            return $"'{item}': the number after # must be 1 to 5 (the nth weekday of the month)";
        }

        return Single(item.Substring(0, hash), name, min, max, names);
    }

    /// <summary><c>*</c>, <c>v</c>, <c>v-w</c>, each optionally followed by <c>/step</c>.</summary>
    private static string? Element(string item, string name, int min, int max, string[]? names)
    {
        var slash = item.IndexOf('/');
        var range = slash < 0 ? item : item.Substring(0, slash);
        if (slash >= 0)
        {
            var step = item.Substring(slash + 1);
            if (!int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s < 1)
            {
                return $"'{item}': the step after / must be a positive whole number";
            }
        }

        if (range == "*")
        {
            return null;
        }

        if (range.Length == 0)
        {
            return $"'{item}' has no value before /";
        }

        var dash = range.IndexOf('-', 1);
        if (dash < 0)
        {
            return Single(range, name, min, max, names);
        }

        return Single(range.Substring(0, dash), name, min, max, names) ?? Single(range.Substring(dash + 1), name, min, max, names);
    }

    private static string? Single(string value, string name, int min, int max, string[]? names)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n >= min && n <= max ? null : $"{name} value {value} is out of range {min}-{max}";
        }

        if (names is not null && Array.IndexOf(names, value.ToUpperInvariant()) >= 0)
        {
            return null;
        }

        return names is null
            ? $"'{value}' is not a valid {name} value ({min}-{max})"
            : $"'{value}' is not a valid {name} value ({min}-{max} or {names[0]}-{names[names.Length - 1]})";
    }
}
