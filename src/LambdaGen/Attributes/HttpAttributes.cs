using System;

namespace LambdaGen;

/// <summary>Base of the HTTP route attributes: one HTTP method and a route template.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public class HttpRouteAttribute : Attribute
{
    /// <summary>Declares a route.</summary>
    /// <param name="method">The HTTP method (GET, POST, ...) or <c>ANY</c>.</param>
    /// <param name="template">The route template, e.g. <c>/todos/{id:int}</c>.</param>
    public HttpRouteAttribute(string method, string template)
    {
        Method = method;
        Template = template;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The route template.</summary>
    public string Template { get; }
}

/// <summary>A GET route.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HttpGetAttribute(string template) : HttpRouteAttribute("GET", template);

/// <summary>A POST route.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HttpPostAttribute(string template) : HttpRouteAttribute("POST", template);

/// <summary>A PUT route.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HttpPutAttribute(string template) : HttpRouteAttribute("PUT", template);

/// <summary>A PATCH route.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HttpPatchAttribute(string template) : HttpRouteAttribute("PATCH", template);

/// <summary>A DELETE route.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HttpDeleteAttribute(string template) : HttpRouteAttribute("DELETE", template);

/// <summary>A HEAD route.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HttpHeadAttribute(string template) : HttpRouteAttribute("HEAD", template);

/// <summary>An OPTIONS route.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HttpOptionsAttribute(string template) : HttpRouteAttribute("OPTIONS", template);

/// <summary>Gives the function a Lambda function URL.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FunctionUrlAttribute : Attribute
{
    /// <summary><c>NONE</c> (default) or <c>AWS_IAM</c>.</summary>
    public string AuthType { get; set; } = "NONE";

    /// <summary>Allowed CORS origins, comma separated.</summary>
    public string? Cors { get; set; }
}
