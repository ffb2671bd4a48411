using System;
using System.Collections.Generic;
using System.Globalization;

namespace LambdaGen.Tool.Commands;

/// <summary>A small command-line reader: positionals, <c>--flag</c>, <c>--name value</c> and <c>--name=value</c>.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args, ISet<string> flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var equals = arg.IndexOf('=');
                if (equals > 0)
                {
                    _options[arg.Substring(0, equals)] = arg.Substring(equals + 1);
                }
                else if (flags.Contains(arg))
                {
                    _options[arg] = null;
                }
                else if (i + 1 < args.Count)
                {
                    _options[arg] = args[++i];
                }
                else
                {
                    throw new UsageException($"{arg} needs a value.");
                }
            }
            else if (arg is "-c" && i + 1 < args.Count)
            {
                _options["--configuration"] = args[++i];
            }
            else
            {
                Positionals.Add(arg);
            }
        }
    }

    public List<string> Positionals { get; } = new();

    public bool Flag(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Value(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    public int Int(string name, int fallback, int min = 0)
    {
        var text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new UsageException($"{name} takes a whole number of at least {min}, not '{text}'.");
        }

        return value;
    }

    /// <summary>Rejects options no one asked for (typos should not be silently ignored).</summary>
    public void ThrowOnUnknown()
    {
        foreach (var name in _options.Keys)
        {
            if (!_used.Contains(name))
            {
                throw new UsageException($"Unknown option {name}.");
            }
        }
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
internal sealed class UsageException(string message) : Exception(message);
