using System.Collections.Generic;
using System.Collections.Immutable;
using LambdaGen.Generators.Common;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Functions;

internal enum SignatureProblemKind
{
    UnsupportedParameter,
    SecondEventParameter,
    UnsupportedReturn,
    Inaccessible,
    Generic,
    AbstractContainingType,
    NoUsableConstructor,
}

/// <summary>Something that keeps a method from being a function. <see cref="Symbol"/> is the narrowest symbol to blame.</summary>
internal readonly record struct SignatureProblem(SignatureProblemKind Kind, ISymbol Symbol, string Detail);

/// <summary>
/// The signature rules for [LambdaFunction] methods, shared by the generator (which skips what it cannot serve)
/// and the analyzer (which tells the user why).
/// </summary>
internal static class FunctionSignature
{
    public readonly record struct Result(
        ImmutableArray<ParameterModel> Parameters,
        ReturnShape Return,
        ITypeSymbol? ResultType,
        ITypeSymbol? EventType,
        bool ConstructFromServices,
        ImmutableArray<SignatureProblem> Problems);

    public static Result Classify(IMethodSymbol method)
    {
        var problems = ImmutableArray.CreateBuilder<SignatureProblem>();
        var parameters = ImmutableArray.CreateBuilder<ParameterModel>(method.Parameters.Length);
        ITypeSymbol? eventType = null;

        if (method.IsGenericMethod)
        {
            problems.Add(new(SignatureProblemKind.Generic, method, "a generic method"));
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                problems.Add(new(SignatureProblemKind.Generic, type, $"the generic type '{type.Name}'"));
            }

            if (type.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                problems.Add(new(SignatureProblemKind.Inaccessible, type, $"type '{type.Name}' is {Describe(type.DeclaredAccessibility)}"));
            }
        }

        if (method.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
        {
            problems.Add(new(SignatureProblemKind.Inaccessible, method, $"method '{method.Name}' is {Describe(method.DeclaredAccessibility)}"));
        }

        var constructFromServices = false;
        if (!method.IsStatic)
        {
            var containing = method.ContainingType;
            if (containing.IsAbstract || containing.IsStatic)
            {
                problems.Add(new(SignatureProblemKind.AbstractContainingType, containing, $"'{containing.Name}' is abstract"));
            }
            else if (containing.TypeKind == TypeKind.Class)
            {
                constructFromServices = !HasPublicParameterlessConstructorOnly(containing);
                if (constructFromServices && !HasPublicConstructor(containing))
                {
                    problems.Add(new(SignatureProblemKind.NoUsableConstructor, containing, $"'{containing.Name}' has no public constructor"));
                }
            }
        }

        foreach (var parameter in method.Parameters)
        {
            var type = parameter.Type;
            if (parameter.RefKind is not RefKind.None || type.TypeKind == TypeKind.Error || type.IsRefLikeType || type.TypeKind == TypeKind.Pointer)
            {
                problems.Add(new(SignatureProblemKind.UnsupportedParameter, parameter, $"'{parameter.Name}' is {(parameter.RefKind != RefKind.None ? "passed by reference" : "of a type that cannot be bound")}"));
                continue;
            }

            ParameterSource source;
            if (SymbolNames.HasAttribute(parameter, WellKnownNames.Namespace, "FromServicesAttribute"))
            {
                source = ParameterSource.Service;
            }
            else if (IsContext(type))
            {
                source = ParameterSource.Context;
            }
            else if (Interop.AwsInterop.IsAwsContext(type))
            {
                source = ParameterSource.AwsContext;
            }
            else if (SymbolNames.Is(type, "System.Threading", "CancellationToken"))
            {
                source = ParameterSource.CancellationToken;
            }
            else if (eventType is not null)
            {
                problems.Add(new(SignatureProblemKind.SecondEventParameter, parameter, $"'{parameter.Name}' would be a second event; the event is '{eventType.Name}'"));
                continue;
            }
            else
            {
                eventType = type;
                source = SymbolNames.Is(type, "System.IO", "Stream") ? ParameterSource.EventStream : ParameterSource.Event;
            }

            parameters.Add(new ParameterModel(source, TypeRef.From(type)));
        }

        var (shape, result) = ClassifyReturn(method, problems);
        return new Result(parameters.ToImmutable(), shape, result, eventType, constructFromServices, problems.ToImmutable());
    }

    public static bool IsContext(ITypeSymbol type)
        => SymbolNames.Is(type, "LambdaGen", "ILambdaContext");

    private static (ReturnShape Shape, ITypeSymbol? Result) ClassifyReturn(IMethodSymbol method, ImmutableArray<SignatureProblem>.Builder problems)
    {
        var type = method.ReturnType;
        if (method.ReturnsVoid)
        {
            return (ReturnShape.Void, null);
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly || type.TypeKind == TypeKind.Error || type.IsRefLikeType || type.TypeKind == TypeKind.Pointer)
        {
            problems.Add(new(SignatureProblemKind.UnsupportedReturn, method, $"'{type.ToDisplayString()}' cannot be written as a response"));
            return (ReturnShape.Void, null);
        }

        if (SymbolNames.Is(type, "System.Threading.Tasks", "Task"))
        {
            return (ReturnShape.Task, null);
        }

        if (SymbolNames.Is(type, "System.Threading.Tasks", "ValueTask"))
        {
            return (ReturnShape.ValueTask, null);
        }

        if (type is INamedTypeSymbol { Arity: 1 } named && (SymbolNames.Is(type, "System.Threading.Tasks", "Task", 1) || SymbolNames.Is(type, "System.Threading.Tasks", "ValueTask", 1)))
        {
            var inner = named.TypeArguments[0];
            var isTask = named.Name == "Task";
            if (inner.TypeKind == TypeKind.Error)
            {
                problems.Add(new(SignatureProblemKind.UnsupportedReturn, method, $"'{type.ToDisplayString()}' cannot be written as a response"));
                return (ReturnShape.Void, null);
            }

            if (SymbolNames.Is(inner, "System.IO", "Stream"))
            {
                if (!isTask)
                {
                    problems.Add(new(SignatureProblemKind.UnsupportedReturn, method, "ValueTask<Stream> is not supported; return Task<Stream>"));
                }

                return (ReturnShape.TaskOfStream, null);
            }

            return (isTask ? ReturnShape.TaskOfValue : ReturnShape.ValueTaskOfValue, inner);
        }

        if (SymbolNames.Is(type, "System.IO", "Stream"))
        {
            return (ReturnShape.Stream, null);
        }

        return (ReturnShape.Value, type);
    }

    private static bool HasPublicParameterlessConstructorOnly(INamedTypeSymbol type)
    {
        var found = false;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            if (constructor.Parameters.Length != 0)
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    private static bool HasPublicConstructor(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility == Accessibility.Public)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "not accessible",
    };

    /// <summary>Reads a named argument of an attribute as an int (0 when absent).</summary>
    public static int NamedInt(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is int value)
            {
                return value;
            }
        }

        return 0;
    }

    /// <summary>Reads a named argument of an attribute as a string (null when absent).</summary>
    public static string? NamedString(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value.Value as string;
            }
        }

        return null;
    }

    public static bool? NamedBool(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is bool value)
            {
                return value;
            }
        }

        return null;
    }
}
