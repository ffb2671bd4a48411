using System;

namespace LambdaGen.Http;

/// <summary>Where a bound value comes from.</summary>
public enum HttpSource
{
    /// <summary>A route parameter.</summary>
    Route,
    /// <summary>The query string.</summary>
    Query,
    /// <summary>A request header.</summary>
    Header,
}

/// <summary>Thrown by binding helpers; the dispatcher turns it into an <c>application/problem+json</c> response.</summary>
public sealed class HttpProblemException(int status, string detail) : Exception(detail)
{
    /// <summary>The status code (400, 404, 415, ...).</summary>
    public int Status { get; } = status;
}

/// <summary>RFC 9457 problem details: the titles and type links of the statuses LambdaGen produces.</summary>
public static class HttpProblem
{
    /// <summary>The reason phrase for a status.</summary>
    public static string Title(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        500 => "Internal Server Error",
        _ => "Error",
    };

    /// <summary>The RFC 9110 section for a status, used as the problem type.</summary>
    public static string Type(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        _ => "about:blank",
    };
}
