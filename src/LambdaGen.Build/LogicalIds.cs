using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LambdaGen.Build;

/// <summary>
/// CloudFormation logical ids and SAM event names: alphanumeric, starting with a letter, derived only from the
/// names in the model so that they stay stable from build to build.
/// </summary>
internal static class LogicalIds
{
    /// <summary>The logical id of the function named <paramref name="functionName"/>: <c>orders-job</c> gives <c>OrdersJobFunction</c>.</summary>
    public static string Function(string functionName) => Pascal(functionName, "Fn") + "Function";

    /// <summary>The logical id of the application's shared HTTP API function: <c>todo-app</c> gives <c>TodoAppHttpApiFunction</c>.</summary>
    public static string HttpApiFunction(string applicationName) => Pascal(applicationName, "App") + "HttpApiFunction";

    /// <summary>
    /// Letters and digits of <paramref name="text"/>, each run of them starting upper case (<c>todo-app</c>, <c>todo_app</c>
    /// and <c>todoApp</c> all give <c>TodoApp</c>); <paramref name="prefix"/> when the result would be empty or start with a digit.
    /// </summary>
    public static string Pascal(string text, string prefix)
    {
        var builder = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, prefix);
        }

        return builder.ToString();
    }

    /// <summary>Hands out names, appending 2, 3, ... to a name already taken (ordinal, case-sensitive).</summary>
    public sealed class Allocator
    {
        private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

        public string Take(string name)
        {
            if (_taken.Add(name))
            {
                return name;
            }

            for (var i = 2; ; i++)
            {
                var candidate = name + i.ToString(CultureInfo.InvariantCulture);
                if (_taken.Add(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
