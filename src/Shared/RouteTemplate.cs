// Compiled into both the runtime (which matches paths) and the generator (which validates templates and
// derives API Gateway route keys), so both sides agree on one grammar. Keep it netstandard2.0-compatible.
using System;
using System.Collections.Generic;
using System.Text;

namespace LambdaGen.Http.Routing
{
    internal enum RouteSegmentKind
    {
        Literal,
        Parameter,
        CatchAll,
    }

    /// <summary>One path segment of a template: a literal, <c>{name[:constraint][?]}</c> or <c>{*name}</c>.</summary>
    internal sealed class RouteSegment
    {
        public RouteSegment(RouteSegmentKind kind, string text, string? constraint, bool optional)
        {
            Kind = kind;
            Text = text;
            Constraint = constraint;
            Optional = optional;
        }

        public RouteSegmentKind Kind { get; }

        /// <summary>The literal text, or the parameter name.</summary>
        public string Text { get; }

        public string? Constraint { get; }

        public bool Optional { get; }
    }

    /// <summary>A template error, with the offset inside the template text so diagnostics can point into the literal.</summary>
    internal sealed class RouteTemplateError
    {
        public RouteTemplateError(int offset, int length, string message)
        {
            Offset = offset;
            Length = length;
            Message = message;
        }

        public int Offset { get; }

        public int Length { get; }

        public string Message { get; }
    }

    /// <summary>
    /// A parsed route template. Grammar: <c>/</c> or <c>/segment(/segment)*</c>; a segment is a literal or a whole
    /// <c>{...}</c> parameter. Constraints: int, long, guid, bool, decimal, double, datetime, alpha. An optional
    /// parameter or a catch-all may only be the last segment.
    /// </summary>
    internal sealed class RouteTemplate
    {
        public static readonly string[] Constraints = { "alpha", "bool", "datetime", "decimal", "double", "guid", "int", "long" };

        private RouteTemplate(string text, List<RouteSegment> segments)
        {
            Text = text;
            Segments = segments;
        }

        public string Text { get; }

        public IReadOnlyList<RouteSegment> Segments { get; }

        public static RouteTemplate Parse(string text)
            => TryParse(text, out var template, out var error) ? template! : throw new FormatException($"Invalid route template '{text}': {error!.Message}");

        public static bool TryParse(string text, out RouteTemplate? template, out RouteTemplateError? error)
        {
            template = null;
            error = null;
            if (text.Length == 0 || text[0] != '/')
            {
                error = new RouteTemplateError(0, Math.Min(1, text.Length), "a route template starts with '/'");
                return false;
            }

            var segments = new List<RouteSegment>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (text.Length == 1)
            {
                template = new RouteTemplate(text, segments);
                return true;
            }

            var start = 1;
            while (start <= text.Length)
            {
                var end = text.IndexOf('/', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var length = end - start;
                if (length == 0)
                {
                    error = new RouteTemplateError(end == text.Length ? start - 1 : start, 1, end == text.Length ? "remove the trailing '/': trailing slashes are ignored when matching" : "empty segment '//'");
                    return false;
                }

                var segment = text.Substring(start, length);
                if (segments.Count > 0 && (segments[segments.Count - 1].Kind == RouteSegmentKind.CatchAll || segments[segments.Count - 1].Optional))
                {
                    error = new RouteTemplateError(start, length, "only the last segment may be optional or a catch-all");
                    return false;
                }

                if (segment[0] == '{')
                {
                    if (segment[segment.Length - 1] != '}' || segment.IndexOf('{', 1) >= 0 || segment.IndexOf('}') != segment.Length - 1)
                    {
                        error = new RouteTemplateError(start, length, "a parameter is a whole segment: '{name}', '{name:constraint}', '{name?}' or '{*name}'");
                        return false;
                    }

                    if (!TryParseParameter(segment.Substring(1, segment.Length - 2), start + 1, out var parameter, out error))
                    {
                        return false;
                    }

                    if (!names.Add(parameter!.Text))
                    {
                        error = new RouteTemplateError(start, length, $"the parameter '{parameter.Text}' appears twice");
                        return false;
                    }

                    segments.Add(parameter);
                }
                else
                {
                    var brace = segment.IndexOfAny(new[] { '{', '}', '?', '#', '*' });
                    if (brace >= 0)
                    {
                        error = new RouteTemplateError(start + brace, 1, $"'{segment[brace]}' is not allowed in a literal segment; parameters are whole segments");
                        return false;
                    }

                    segments.Add(new RouteSegment(RouteSegmentKind.Literal, segment, null, false));
                }

                start = end + 1;
            }

            template = new RouteTemplate(text, segments);
            return true;
        }

        private static bool TryParseParameter(string body, int offset, out RouteSegment? segment, out RouteTemplateError? error)
        {
            segment = null;
            error = null;
            var catchAll = body.StartsWith("*", StringComparison.Ordinal);
            if (catchAll)
            {
                body = body.Substring(1);
                offset++;
            }

            var optional = body.EndsWith("?", StringComparison.Ordinal);
            if (optional)
            {
                body = body.Substring(0, body.Length - 1);
            }

            string? constraint = null;
            var colon = body.IndexOf(':');
            var name = colon >= 0 ? body.Substring(0, colon) : body;
            if (colon >= 0)
            {
                constraint = body.Substring(colon + 1);
                if (Array.IndexOf(Constraints, constraint) < 0)
                {
                    error = new RouteTemplateError(offset + colon + 1, constraint.Length, $"unknown constraint '{constraint}'; use one of {string.Join(", ", Constraints)}");
                    return false;
                }
            }

            if (!IsIdentifier(name))
            {
                error = new RouteTemplateError(offset, Math.Max(1, name.Length), $"'{name}' is not a parameter name: use letters, digits and '_'");
                return false;
            }

            if (catchAll && (optional || constraint is not null))
            {
                error = new RouteTemplateError(offset, body.Length, "a catch-all parameter takes no constraint and is always optional");
                return false;
            }

            segment = new RouteSegment(catchAll ? RouteSegmentKind.CatchAll : RouteSegmentKind.Parameter, name, constraint, optional);
            return true;
        }

        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The parameter names, in order.</summary>
        public IEnumerable<string> ParameterNames
        {
            get
            {
                foreach (var segment in Segments)
                {
                    if (segment.Kind != RouteSegmentKind.Literal)
                    {
                        yield return segment.Text;
                    }
                }
            }
        }

        /// <summary>
        /// The API Gateway paths this template stands for: <c>{id:int}</c> becomes <c>{id}</c>, <c>{*rest}</c> becomes
        /// <c>{rest+}</c> (plus the path without it), and an optional last parameter yields the path with and without it.
        /// </summary>
        public IReadOnlyList<string> GatewayPaths()
        {
            var builder = new StringBuilder();
            var paths = new List<string>();
            foreach (var segment in Segments)
            {
                if (segment.Optional || segment.Kind == RouteSegmentKind.CatchAll)
                {
                    paths.Add(builder.Length == 0 ? "/" : builder.ToString());
                }

                builder.Append('/');
                builder.Append(segment.Kind switch
                {
                    RouteSegmentKind.Literal => segment.Text,
                    RouteSegmentKind.CatchAll => "{" + segment.Text + "+}",
                    _ => "{" + segment.Text + "}",
                });
            }

            paths.Add(builder.Length == 0 ? "/" : builder.ToString());
            return paths;
        }

        /// <summary>A key equal for templates that match exactly the same paths (parameter names and constraints ignored only where they do not change matching).</summary>
        public string ShapeKey()
        {
            var builder = new StringBuilder();
            foreach (var segment in Segments)
            {
                builder.Append('/');
                builder.Append(segment.Kind switch
                {
                    RouteSegmentKind.Literal => segment.Text,
                    RouteSegmentKind.CatchAll => "{*}",
                    _ => "{:" + segment.Constraint + (segment.Optional ? "?" : "") + "}",
                });
            }

            return builder.Length == 0 ? "/" : builder.ToString();
        }
    }
}
