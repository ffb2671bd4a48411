using System;
using System.Collections.Generic;

namespace LambdaGen.Http;

/// <summary>A response with a status code, headers and cookies but no body (or a body from <see cref="HttpResult{T}"/>).</summary>
public class HttpResult
{
    private List<KeyValuePair<string, string>>? _headers;
    private List<string>? _cookies;

    /// <summary>Creates a result with <paramref name="statusCode"/>.</summary>
    public HttpResult(int statusCode) => StatusCode = statusCode;

    /// <summary>The status code.</summary>
    public int StatusCode { get; }

    /// <summary>Response headers added with <see cref="WithHeader"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => (IReadOnlyList<KeyValuePair<string, string>>?)_headers ?? Array.Empty<KeyValuePair<string, string>>();

    /// <summary><c>Set-Cookie</c> values added with <see cref="WithCookie"/>.</summary>
    public IReadOnlyList<string> Cookies => (IReadOnlyList<string>?)_cookies ?? Array.Empty<string>();

    /// <summary>Adds a header (repeat the call for several values).</summary>
    public HttpResult WithHeader(string name, string value)
    {
        (_headers ??= new()).Add(new(name, value));
        return this;
    }

    /// <summary>Adds a cookie: <c>name=value</c> plus attributes such as <c>HttpOnly; Secure; Path=/</c>.</summary>
    public HttpResult WithCookie(string name, string value, string? attributes = null)
    {
        (_cookies ??= new()).Add(attributes is null ? $"{name}={value}" : $"{name}={value}; {attributes}");
        return this;
    }

    /// <summary>200 with no body.</summary>
    public static HttpResult Ok() => new(200);
    /// <summary>200 with a JSON body.</summary>
    public static HttpResult<T> Ok<T>(T value) => new(200, value);
    /// <summary>201 with a Location header and a JSON body.</summary>
    public static HttpResult<T> Created<T>(string location, T value) => new HttpResult<T>(201, value).WithHeader("Location", location);
    /// <summary>202 with no body.</summary>
    public static HttpResult Accepted() => new(202);
    /// <summary>202 with a JSON body.</summary>
    public static HttpResult<T> Accepted<T>(T value) => new(202, value);
    /// <summary>204.</summary>
    public static HttpResult NoContent() => new(204);
    /// <summary>400 as problem details.</summary>
    public static HttpResult BadRequest(string? detail = null) => new ProblemResult(400, detail);
    /// <summary>401 as problem details.</summary>
    public static HttpResult Unauthorized(string? detail = null) => new ProblemResult(401, detail);
    /// <summary>403 as problem details.</summary>
    public static HttpResult Forbidden(string? detail = null) => new ProblemResult(403, detail);
    /// <summary>404 as problem details.</summary>
    public static HttpResult NotFound(string? detail = null) => new ProblemResult(404, detail);
    /// <summary>409 as problem details.</summary>
    public static HttpResult Conflict(string? detail = null) => new ProblemResult(409, detail);
    /// <summary>Any status with no body.</summary>
    public static HttpResult StatusCodeResult(int statusCode) => new(statusCode);
    /// <summary>302 (or 301/307/308) to <paramref name="location"/>.</summary>
    public static HttpResult Redirect(string location, bool permanent = false, bool preserveMethod = false)
        => new HttpResult(permanent ? (preserveMethod ? 308 : 301) : (preserveMethod ? 307 : 302)).WithHeader("Location", location);
}

/// <summary>
/// A response whose body, when present, is a JSON <typeparamref name="T"/>. A method returning
/// <c>HttpResult&lt;T&gt;</c> can return a <typeparamref name="T"/> (200), a factory result such as
/// <c>HttpResult.Created(...)</c>, or any bodiless <see cref="HttpResult"/> such as <c>HttpResult.NotFound()</c>.
/// </summary>
public sealed class HttpResult<T>
{
    /// <summary>Creates a result with a body.</summary>
    public HttpResult(int statusCode, T value)
    {
        Head = new HttpResult(statusCode);
        Value = value;
        HasValue = true;
    }

    private HttpResult(HttpResult head)
    {
        Head = head;
        Value = default;
    }

    /// <summary>Status, headers and cookies.</summary>
    public HttpResult Head { get; }

    /// <summary>The status code.</summary>
    public int StatusCode => Head.StatusCode;

    /// <summary>The body value, when <see cref="HasValue"/>.</summary>
    public T? Value { get; }

    /// <summary>Whether there is a body.</summary>
    public bool HasValue { get; }

    /// <summary>Adds a header.</summary>
    public HttpResult<T> WithHeader(string name, string value)
    {
        Head.WithHeader(name, value);
        return this;
    }

    /// <summary>Adds a cookie.</summary>
    public HttpResult<T> WithCookie(string name, string value, string? attributes = null)
    {
        Head.WithCookie(name, value, attributes);
        return this;
    }

    /// <summary>200 with <paramref name="value"/>.</summary>
    public static implicit operator HttpResult<T>(T value) => new(200, value);

    /// <summary>A bodiless result (NotFound, NoContent, ...).</summary>
    public static implicit operator HttpResult<T>(HttpResult result) => new(result);
}

/// <summary>An error result written as <c>application/problem+json</c>.</summary>
public sealed class ProblemResult(int statusCode, string? detail) : HttpResult(statusCode)
{
    /// <summary>The human-readable explanation.</summary>
    public string? Detail { get; } = detail;
}
