using System;

namespace LambdaGen;

/// <summary>
/// Names the application's own <c>JsonSerializerContext</c> (a System.Text.Json source-generated context).
/// It wins for every type it covers; LambdaGen's generated metadata covers the rest.
/// </summary>
/// <example><c>[assembly: LambdaJsonContext(typeof(AppJsonContext))]</c></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LambdaJsonContextAttribute : Attribute
{
    /// <summary>Names the context.</summary>
    /// <param name="contextType">A class deriving from <c>System.Text.Json.Serialization.JsonSerializerContext</c> with a static <c>Default</c> property.</param>
    public LambdaJsonContextAttribute(Type contextType) => ContextType = contextType;

    /// <summary>The context type.</summary>
    public Type ContextType { get; }
}
