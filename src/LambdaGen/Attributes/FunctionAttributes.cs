using System;

namespace LambdaGen;

/// <summary>Application-wide settings: the application name and the defaults every function inherits.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LambdaApplicationAttribute : Attribute
{
    /// <summary>Declares the application.</summary>
    /// <param name="name">The application name, used for the stack and the HTTP API function.</param>
    public LambdaApplicationAttribute(string name) => Name = name;

    /// <summary>The application name.</summary>
    public string Name { get; }

    /// <summary>Default memory in MB for every function (128..10240).</summary>
    public int DefaultMemorySize { get; set; }

    /// <summary>Default timeout in seconds for every function (1..900).</summary>
    public int DefaultTimeout { get; set; }

    /// <summary>Default architecture: <c>x86_64</c> or <c>arm64</c>.</summary>
    public string? DefaultArchitecture { get; set; }

    /// <summary>Timeout in seconds of the shared HTTP API function (at most 30, the gateway's limit).</summary>
    public int HttpApiTimeout { get; set; }

    /// <summary>Memory in MB of the shared HTTP API function.</summary>
    public int HttpApiMemorySize { get; set; }

    /// <summary>Allowed CORS origins for the HTTP API, comma separated; empty disables CORS.</summary>
    public string? CorsOrigins { get; set; }

    /// <summary>JSON property naming on the wire: <c>camelCase</c> (default), <c>PascalCase</c>, <c>snake_case</c> or <c>kebab-case</c>.</summary>
    public string? JsonNaming { get; set; }

    /// <summary>When true (default) enums are written as strings.</summary>
    public bool EnumsAsStrings { get; set; } = true;
}

/// <summary>Marks a method as a Lambda function. The generator emits its entry point.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LambdaFunctionAttribute : Attribute
{
    /// <summary>The function name (the <c>_HANDLER</c> value); defaults to the method name.</summary>
    public string? Name { get; set; }

    /// <summary>Memory in MB (128..10240); defaults to the application's.</summary>
    public int MemorySize { get; set; }

    /// <summary>Timeout in seconds (1..900); defaults to the application's.</summary>
    public int Timeout { get; set; }

    /// <summary><c>x86_64</c> or <c>arm64</c>.</summary>
    public string? Architecture { get; set; }

    /// <summary>An IAM role ARN or <c>@LogicalId</c> reference; exclusive with <see cref="Policies"/>.</summary>
    public string? Role { get; set; }

    /// <summary>SAM policy templates or managed policy names, comma separated.</summary>
    public string? Policies { get; set; }

    /// <summary>Environment variables as <c>KEY=value</c> pairs separated by <c>;</c>.</summary>
    public string? Environment { get; set; }

    /// <summary>Reserved concurrency; 0 leaves it unset.</summary>
    public int ReservedConcurrency { get; set; }

    /// <summary>A description for the manifest.</summary>
    public string? Description { get; set; }
}

/// <summary>
/// Marks the class that configures dependency injection. It must have a public parameterless constructor
/// and a <c>public void ConfigureServices(IServiceCollection services)</c> method.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class LambdaStartupAttribute : Attribute
{
}

/// <summary>Binds a parameter from the dependency injection scope of the invocation.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FromServicesAttribute : Attribute
{
}

/// <summary>Binds a parameter from the JSON body of an HTTP request (or the event for other functions).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FromBodyAttribute : Attribute
{
}

/// <summary>Binds a parameter from a route value.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FromRouteAttribute : Attribute
{
    /// <summary>The route parameter name when it differs from the C# name.</summary>
    public string? Name { get; set; }
}

/// <summary>Binds a parameter from the query string.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FromQueryAttribute : Attribute
{
    /// <summary>The query key when it differs from the C# name.</summary>
    public string? Name { get; set; }
}

/// <summary>Binds a parameter from a request header.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FromHeaderAttribute : Attribute
{
    /// <summary>The header name when it differs from the C# name.</summary>
    public string? Name { get; set; }
}

/// <summary>
/// Declares a static field or property an intentional cache shared by invocations (LG1001 then stays silent).
/// Use it only for data that is the same for every caller, such as configuration or lookup tables, and make the
/// member safe for concurrent use: Lambda managed instances may run invocations in parallel in one process.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false)]
public sealed class LambdaCacheAttribute : Attribute
{
}
