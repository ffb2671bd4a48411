using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace LambdaGen.Build;

/// <summary>
/// Turns attribute values into template values. <c>@Name</c> refers to a resource or parameter of the template:
/// it becomes <c>{"Ref": "Name"}</c> or, where the property needs an attribute (a queue ARN, a stream ARN),
/// <c>{"Fn::GetAtt": ["Name", "Arn"]}</c>; <c>@Name.Attribute</c> always gives that attribute. Every reference is
/// remembered so that the checks can verify it names something in the template.
/// </summary>
internal sealed class References
{
    private readonly ISet<string> _parameters;
    private readonly List<(string Name, string Where)> _seen = new();

    public References(ISet<string> parameters) => _parameters = parameters;

    /// <summary>Every referenced logical id with a description of where it was used, in the order they were resolved.</summary>
    public IReadOnlyList<(string Name, string Where)> Seen => _seen;

    public static bool IsReference(string? value) => value is { Length: > 1 } && value[0] == '@';

    /// <summary>The template value for <paramref name="value"/>; <paramref name="attribute"/> is what a plain <c>@Name</c> to a resource gives (null: Ref).</summary>
    public JsonNode Resolve(string value, string? attribute, string where)
    {
        if (!IsReference(value))
        {
            return JsonValue.Create(value)!;
        }

        var name = value.Substring(1).Trim();
        var dot = name.IndexOf('.');
        if (dot > 0 && !name.StartsWith("AWS::", StringComparison.Ordinal))
        {
            attribute = name.Substring(dot + 1);
            name = name.Substring(0, dot);
        }
        else if (_parameters.Contains(name) || name.StartsWith("AWS::", StringComparison.Ordinal))
        {
            attribute = null;
        }

        if (!name.StartsWith("AWS::", StringComparison.Ordinal))
        {
            _seen.Add((name, where));
        }

        return attribute is null
            ? new JsonObject { ["Ref"] = name }
            : new JsonObject { ["Fn::GetAtt"] = new JsonArray(name, attribute) };
    }
}
