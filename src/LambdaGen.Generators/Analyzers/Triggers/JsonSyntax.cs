using System.Collections.Generic;
using System.Globalization;

namespace LambdaGen.Generators.Analyzers.Triggers;

/// <summary>
/// A strict JSON (RFC 8259) syntax check for attribute strings: event patterns, filter policies, constant inputs.
/// Analyzers cannot count on System.Text.Json being loadable in every host, and only validity is needed here.
/// </summary>
internal sealed class JsonSyntax
{
    private readonly string _text;
    private int _pos;

    private JsonSyntax(string text) => _text = text;

    /// <summary>Returns <c>null</c> when <paramref name="text"/> is one JSON value (an object when <paramref name="requireObject"/>), else what is wrong.</summary>
    public static string? Check(string text, bool requireObject)
    {
        var parser = new JsonSyntax(text);
        parser.SkipWhitespace();
        if (requireObject && (parser._pos >= text.Length || text[parser._pos] != '{'))
        {
            return "it must be a JSON object ({ ... })";
        }

        var error = parser.Value(0);
        if (error is not null)
        {
            return error;
        }

        parser.SkipWhitespace();
        return parser._pos == text.Length ? null : parser.At("unexpected text after the value");
    }

    /// <summary>Splits on <paramref name="separator"/> outside JSON strings.</summary>
    public static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == separator)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(text.Substring(start));
        return parts;
    }

    private string? Value(int depth)
    {
        if (depth > 64)
        {
            return "it is nested too deeply";
        }

        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            return "it ends where a value was expected";
        }

        switch (_text[_pos])
        {
            case '{':
                return Object(depth);
            case '[':
                return Array(depth);
            case '"':
                return String();
            case 't':
                return Literal("true");
            case 'f':
                return Literal("false");
            case 'n':
                return Literal("null");
            default:
                return Number();
        }
    }

    private string? Object(int depth)
    {
        _pos++;
        SkipWhitespace();
        if (Peek('}'))
        {
            _pos++;
            return null;
        }

        while (true)
        {
            SkipWhitespace();
            if (!Peek('"'))
            {
                return At("expected a property name in double quotes");
            }

            var error = String();
            if (error is not null)
            {
                return error;
            }

            SkipWhitespace();
            if (!Peek(':'))
            {
                return At("expected ':'");
            }

            _pos++;
            error = Value(depth + 1);
            if (error is not null)
            {
                return error;
            }

            SkipWhitespace();
            if (Peek(','))
            {
                _pos++;
                continue;
            }

            if (Peek('}'))
            {
                _pos++;
                return null;
            }

            return At("expected ',' or '}'");
        }
    }

    private string? Array(int depth)
    {
        _pos++;
        SkipWhitespace();
        if (Peek(']'))
        {
            _pos++;
            return null;
        }

        while (true)
        {
            var error = Value(depth + 1);
            if (error is not null)
            {
                return error;
            }

            SkipWhitespace();
            if (Peek(','))
            {
                _pos++;
                continue;
            }

            if (Peek(']'))
            {
                _pos++;
                return null;
            }

            return At("expected ',' or ']'");
        }
    }

    private string? String()
    {
        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '"')
            {
                return null;
            }

            if (c < ' ')
            {
                return At("control characters must be escaped in strings");
            }

            if (c == '\\')
            {
                if (_pos >= _text.Length)
                {
                    break;
                }

                var e = _text[_pos++];
                if (e == 'u')
                {
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _))
                    {
                        return At("\\u needs four hex digits");
                    }

                    _pos += 4;
                }
                else if (e is not ('"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'))
                {
                    return At($"'\\{e}' is not a JSON escape");
                }
            }
        }

        return "a string is not closed";
    }

    private string? Literal(string literal)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) == 0)
        {
            _pos += literal.Length;
            return null;
        }

        return At("unexpected character (strings need double quotes)");
    }

    private string? Number()
    {
        var start = _pos;
        if (Peek('-'))
        {
            _pos++;
        }

        if (Peek('0'))
        {
            _pos++;
        }
        else if (!Digits())
        {
            _pos = start;
            return At("unexpected character (strings need double quotes)");
        }

        if (Peek('.'))
        {
            _pos++;
            if (!Digits())
            {
                return At("expected digits after '.'");
            }
        }

        if (Peek('e') || Peek('E'))
        {
            _pos++;
            if (Peek('+') || Peek('-'))
            {
                _pos++;
            }

            if (!Digits())
            {
                return At("expected digits in the exponent");
            }
        }

        return null;
    }

    private bool Digits()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9')
        {
            _pos++;
        }

        return _pos > start;
    }

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n')
        {
            _pos++;
        }
    }

    private string At(string message) => string.Format(CultureInfo.InvariantCulture, "{0} at position {1}", message, _pos);
}
