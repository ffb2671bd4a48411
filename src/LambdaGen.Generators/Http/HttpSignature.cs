using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using LambdaGen.Generators.Common;
using LambdaGen.Generators.Functions;
using LambdaGen.Http.Routing;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Http;

internal enum HttpProblemKind
{
    InvalidTemplate,
    RouteParameterWithoutArgument,
    FromRouteNotInTemplate,
    SecondBody,
    CannotBind,
    UnsupportedReturn,
    TemplatesDisagree,
}

/// <summary>A reason an HTTP handler cannot be generated; <see cref="Symbol"/> or <see cref="Attribute"/> locate it.</summary>
internal readonly record struct HttpProblem(HttpProblemKind Kind, ISymbol? Symbol, AttributeData? Attribute, string Detail, int Offset = -1, int Length = 0);

/// <summary>Binding rules for HTTP handlers, shared by the generator and the route analyzer.</summary>
internal static class HttpSignature
{
    public readonly record struct Result(
        ImmutableArray<HttpRouteModel> Routes,
        ImmutableArray<HttpParameterModel> Parameters,
        HttpResultKind ResultKind,
        ITypeSymbol? JsonResultType,
        ITypeSymbol? BodyType,
        ImmutableArray<HttpProblem> Problems);

    public static IEnumerable<(AttributeData Attribute, string Method, string Template)> RouteAttributes(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (!SymbolNames.InheritsFrom(attribute.AttributeClass, WellKnownNames.Namespace, "HttpRouteAttribute"))
            {
                continue;
            }

            var args = attribute.ConstructorArguments;
            if (SymbolNames.Is(attribute.AttributeClass, WellKnownNames.Namespace, "HttpRouteAttribute"))
            {
                if (args.Length == 2 && args[0].Value is string verb && args[1].Value is string t)
                {
                    yield return (attribute, verb.ToUpperInvariant(), t);
                }
            }
            else if (args.Length == 1 && args[0].Value is string template && attribute.AttributeClass is { } type)
            {
                // HttpGetAttribute -> GET
                var name = type.Name;
                yield return (attribute, name.Substring(4, name.Length - 4 - "Attribute".Length).ToUpperInvariant(), template);
            }
        }
    }

    public static Result Classify(IMethodSymbol method)
    {
        var problems = ImmutableArray.CreateBuilder<HttpProblem>();
        var routes = ImmutableArray.CreateBuilder<HttpRouteModel>();
        HashSet<string>? routeNames = null;
        foreach (var (attribute, verb, text) in RouteAttributes(method))
        {
            if (!RouteTemplate.TryParse(text, out var template, out var error))
            {
                problems.Add(new HttpProblem(HttpProblemKind.InvalidTemplate, null, attribute, error!.Message, error.Offset, error.Length));
                continue;
            }

            var names = new HashSet<string>(template!.ParameterNames, StringComparer.OrdinalIgnoreCase);
            if (routeNames is null)
            {
                routeNames = names;
            }
            else if (!routeNames.SetEquals(names))
            {
                problems.Add(new HttpProblem(HttpProblemKind.TemplatesDisagree, null, attribute, "every route of one method must declare the same parameters"));
            }

            routes.Add(new HttpRouteModel(verb, text));
        }

        routeNames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var parameters = ImmutableArray.CreateBuilder<HttpParameterModel>();
        var boundRoute = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ITypeSymbol? body = null;
        foreach (var parameter in method.Parameters)
        {
            if (routeNames.Contains(parameter.Name))
            {
                // Bound by name, even if binding fails below: that failure is the diagnostic, not a missing parameter.
                boundRoute.Add(parameter.Name);
            }

            if (Bind(parameter, routeNames, ref body, problems) is { } model)
            {
                parameters.Add(model);
                if (model.Binding == HttpBinding.Route)
                {
                    boundRoute.Add(model.Name);
                }
            }
        }

        foreach (var name in routeNames)
        {
            if (!boundRoute.Contains(name))
            {
                problems.Add(new HttpProblem(HttpProblemKind.RouteParameterWithoutArgument, method, null, name));
            }
        }

        var (kind, json) = ClassifyResult(method, problems);
        return new Result(routes.ToImmutable(), parameters.ToImmutable(), kind, json, body, problems.ToImmutable());
    }

    private static HttpParameterModel? Bind(IParameterSymbol parameter, HashSet<string> routeNames, ref ITypeSymbol? body, ImmutableArray<HttpProblem>.Builder problems)
    {
        var type = parameter.Type;
        if (parameter.RefKind != RefKind.None || type.TypeKind is TypeKind.Error or TypeKind.Pointer || type.IsRefLikeType)
        {
            problems.Add(new HttpProblem(HttpProblemKind.CannotBind, parameter, null, $"'{parameter.Name}' is passed by reference or has an unusable type"));
            return null;
        }

        var typeRef = TypeRef.From(type);
        string? explicitName = null;
        HttpBinding? binding = null;
        foreach (var attribute in parameter.GetAttributes())
        {
            var name = attribute.AttributeClass?.Name;
            if (!SymbolNames.IsNamespace(attribute.AttributeClass?.ContainingNamespace, WellKnownNames.Namespace))
            {
                continue;
            }

            binding = name switch
            {
                "FromServicesAttribute" => HttpBinding.Service,
                "FromBodyAttribute" => HttpBinding.Body,
                "FromRouteAttribute" => HttpBinding.Route,
                "FromQueryAttribute" => HttpBinding.Query,
                "FromHeaderAttribute" => HttpBinding.Header,
                _ => binding,
            };
            explicitName ??= FunctionSignature.NamedString(attribute, "Name");
        }

        var wireName = explicitName ?? parameter.Name;
        if (binding is null)
        {
            if (FunctionSignature.IsContext(type))
            {
                binding = HttpBinding.Context;
            }
            else if (Interop.AwsInterop.IsAwsContext(type))
            {
                binding = HttpBinding.AwsContext;
            }
            else if (SymbolNames.Is(type, "System.Threading", "CancellationToken"))
            {
                binding = HttpBinding.CancellationToken;
            }
            else if (SymbolNames.Is(type, "LambdaGen.Http", "HttpRequest"))
            {
                binding = HttpBinding.Request;
            }
            else if (SymbolNames.Is(type, "LambdaGen.Http", "HttpRequestContext"))
            {
                binding = HttpBinding.RequestContext;
            }
            else if (routeNames.Contains(parameter.Name))
            {
                binding = HttpBinding.Route;
            }
            else if (IsCookieMap(type) && string.Equals(parameter.Name, "cookies", StringComparison.OrdinalIgnoreCase))
            {
                binding = HttpBinding.Cookies;
            }
            else if (ValueKind(type, out _) != HttpValueKind.None)
            {
                binding = HttpBinding.Query;
            }
            else if (type.TypeKind == TypeKind.Interface || type.IsAbstract)
            {
                binding = HttpBinding.Service;
            }
            else
            {
                binding = HttpBinding.Body;
            }
        }

        var optional = parameter.HasExplicitDefaultValue || parameter.NullableAnnotation == NullableAnnotation.Annotated || IsNullableValue(type);
        switch (binding)
        {
            case HttpBinding.Body:
                if (body is not null)
                {
                    problems.Add(new HttpProblem(HttpProblemKind.SecondBody, parameter, null, $"'{parameter.Name}' would be a second body; the body is already '{body.Name}'"));
                    return null;
                }

                body = type;
                return new HttpParameterModel(HttpBinding.Body, typeRef, parameter.Name, HttpValueKind.None, null, optional, null);
            case HttpBinding.Route or HttpBinding.Query or HttpBinding.Header:
                var kind = ValueKind(type, out var valueType);
                if (kind == HttpValueKind.None || (binding == HttpBinding.Route && kind is HttpValueKind.StringArray or HttpValueKind.ParsableArray))
                {
                    problems.Add(new HttpProblem(HttpProblemKind.CannotBind, parameter, null,
                        $"'{parameter.Name}' of type '{type.ToDisplayString()}' cannot bind from the {binding.ToString()!.ToLowerInvariant()}; use string, a number, bool, Guid, DateTime, DateTimeOffset, DateOnly, TimeOnly, TimeSpan, an enum, their nullable forms{(binding == HttpBinding.Route ? "" : " or arrays of them")}"));
                    return null;
                }

                if (binding == HttpBinding.Route && !routeNames.Contains(wireName))
                {
                    problems.Add(new HttpProblem(HttpProblemKind.FromRouteNotInTemplate, parameter, null, wireName));
                    return null;
                }

                var defaultLiteral = parameter.HasExplicitDefaultValue ? Literal(parameter.ExplicitDefaultValue, type) : null;
                return new HttpParameterModel(binding.Value, typeRef, wireName, kind, valueType is null ? null : TypeRef.From(valueType), optional, defaultLiteral);
            default:
                return new HttpParameterModel(binding.Value, typeRef, parameter.Name, HttpValueKind.None, null, optional, null);
        }
    }

    /// <summary>How a simple type converts from a string, with the type the helper parses (element or underlying).</summary>
    public static HttpValueKind ValueKind(ITypeSymbol type, out ITypeSymbol? valueType)
    {
        valueType = null;
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            var element = ValueKind(array.ElementType, out valueType);
            return element switch
            {
                HttpValueKind.String => HttpValueKind.StringArray,
                HttpValueKind.Parsable => HttpValueKind.ParsableArray,
                _ => HttpValueKind.None,
            };
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return HttpValueKind.String;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        valueType = type;
        if (type.TypeKind == TypeKind.Enum)
        {
            return HttpValueKind.Enum;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_DateTime:
                return HttpValueKind.Parsable;
        }

        if (SymbolNames.Is(type, "System", "Guid") || SymbolNames.Is(type, "System", "DateTimeOffset") || SymbolNames.Is(type, "System", "DateOnly")
            || SymbolNames.Is(type, "System", "TimeOnly") || SymbolNames.Is(type, "System", "TimeSpan"))
        {
            return HttpValueKind.Parsable;
        }

        valueType = null;
        return HttpValueKind.None;
    }

    /// <summary><c>IReadOnlyDictionary&lt;string, string&gt; cookies</c> binds the request cookies.</summary>
    private static bool IsCookieMap(ITypeSymbol type)
        => type is INamedTypeSymbol { Arity: 2 } map
           && SymbolNames.Is(map, "System.Collections.Generic", "IReadOnlyDictionary", 2)
           && map.TypeArguments[0].SpecialType == SpecialType.System_String
           && map.TypeArguments[1].SpecialType == SpecialType.System_String;

    private static bool IsNullableValue(ITypeSymbol type) => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    private static (HttpResultKind Kind, ITypeSymbol? Json) ClassifyResult(IMethodSymbol method, ImmutableArray<HttpProblem>.Builder problems)
    {
        var type = method.ReturnType;
        if (method.ReturnsVoid)
        {
            return (HttpResultKind.NoContent, null);
        }

        if (SymbolNames.Is(type, "System.Threading.Tasks", "Task") || SymbolNames.Is(type, "System.Threading.Tasks", "ValueTask"))
        {
            return (HttpResultKind.NoContent, null);
        }

        if (type is INamedTypeSymbol { Arity: 1 } awaitable && (SymbolNames.Is(type, "System.Threading.Tasks", "Task", 1) || SymbolNames.Is(type, "System.Threading.Tasks", "ValueTask", 1)))
        {
            type = awaitable.TypeArguments[0];
            if (awaitable.Name == "ValueTask" && (type is IArrayTypeSymbol || SymbolNames.Is(type, "System.IO", "Stream")))
            {
                problems.Add(new HttpProblem(HttpProblemKind.UnsupportedReturn, method, null, "ValueTask<byte[]> and ValueTask<Stream> are not supported; use Task<...>"));
                return (HttpResultKind.NoContent, null);
            }
        }

        if (type.TypeKind == TypeKind.Error || type.IsRefLikeType || method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            problems.Add(new HttpProblem(HttpProblemKind.UnsupportedReturn, method, null, $"'{method.ReturnType.ToDisplayString()}' cannot be written as a response"));
            return (HttpResultKind.NoContent, null);
        }

        if (SymbolNames.Is(type, "LambdaGen.Http", "HttpResult") || SymbolNames.InheritsFrom(type, "LambdaGen.Http", "HttpResult"))
        {
            return (HttpResultKind.Result, null);
        }

        if (type is INamedTypeSymbol { Arity: 1 } result && SymbolNames.Is(type, "LambdaGen.Http", "HttpResult", 1))
        {
            return (HttpResultKind.ResultOfT, result.TypeArguments[0]);
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return (HttpResultKind.Text, null);
        }

        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            return (HttpResultKind.Bytes, null);
        }

        if (SymbolNames.Is(type, "System.IO", "Stream"))
        {
            return (HttpResultKind.Stream, null);
        }

        return (HttpResultKind.Json, type);
    }

    private static string? Literal(object? value, ITypeSymbol type)
    {
        var target = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : type;
        if (value is null)
        {
            return null;
        }

        if (target.TypeKind == TypeKind.Enum)
        {
            return $"({TypeRef.From(target)})({Convert.ToString(value, CultureInfo.InvariantCulture)})";
        }

        return value switch
        {
            string s => SourceWriter.Literal(s),
            bool b => b ? "true" : "false",
            char c => SourceWriter.Literal(c.ToString()).Replace('"', '\''),
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
            uint ui => ui.ToString(CultureInfo.InvariantCulture) + "U",
            IFormattable f => $"({TypeRef.From(target)}){f.ToString(null, CultureInfo.InvariantCulture)}",
            _ => null,
        };
    }
}
