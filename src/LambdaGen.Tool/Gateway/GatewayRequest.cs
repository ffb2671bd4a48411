using System;
using System.Collections.Generic;

namespace LambdaGen.Tool.Gateway;

/// <summary>An HTTP request as the gateway received it, independent of the server that received it.</summary>
/// <param name="Method">Upper-case method.</param>
/// <param name="RawPath">The path as sent (still percent-encoded).</param>
/// <param name="RawQueryString">The query without its <c>?</c>.</param>
/// <param name="Headers">Header fields in arrival order (a name may repeat).</param>
/// <param name="Body">The body bytes.</param>
/// <param name="SourceIp">The client address.</param>
/// <param name="Host">The Host header (the API's domain name).</param>
/// <param name="Time">When it arrived.</param>
public sealed record GatewayRequest(
    string Method,
    string RawPath,
    string RawQueryString,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body,
    string SourceIp,
    string Host,
    DateTimeOffset Time);

/// <summary>What the gateway answers.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="Headers">Header fields (Set-Cookie travels in <paramref name="Cookies"/>).</param>
/// <param name="Cookies">One Set-Cookie header each.</param>
/// <param name="Body">Body bytes.</param>
public sealed record GatewayResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string>> Headers, IReadOnlyList<string> Cookies, byte[] Body)
{
    /// <summary>An answer of the gateway itself: <c>{"message": ...}</c> as JSON.</summary>
    public static GatewayResponse Message(int statusCode, string message)
        => new(statusCode, new[] { new KeyValuePair<string, string>("content-type", "application/json") }, Array.Empty<string>(), Json.GatewayMessage(message));
}
