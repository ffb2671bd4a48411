// Shape of Amazon.Lambda.Core 2.5 (public API as documented by AWS). Test stub, not AWS code.
using System;
using System.Collections.Generic;
using System.IO;

namespace Amazon.Lambda.Core
{
    public interface ILambdaContext
    {
        string AwsRequestId { get; }
        IClientContext ClientContext { get; }
        string FunctionName { get; }
        string FunctionVersion { get; }
        ICognitoIdentity Identity { get; }
        string InvokedFunctionArn { get; }
        ILambdaLogger Logger { get; }
        string LogGroupName { get; }
        string LogStreamName { get; }
        int MemoryLimitInMB { get; }
        TimeSpan RemainingTime { get; }
    }

    public interface IClientContext
    {
        IDictionary<string, string> Environment { get; }
        IClientApplication Client { get; }
        IDictionary<string, string> Custom { get; }
    }

    public interface IClientApplication
    {
        string AppPackageName { get; }
        string AppTitle { get; }
        string AppVersionCode { get; }
        string AppVersionName { get; }
        string InstallationId { get; }
    }

    public interface ICognitoIdentity
    {
        string IdentityId { get; }
        string IdentityPoolId { get; }
    }

    public enum LogLevel
    {
        Trace = 0,
        Debug = 1,
        Information = 2,
        Warning = 3,
        Error = 4,
        Critical = 5,
    }

    public interface ILambdaLogger
    {
        void Log(string message);

        void LogLine(string message);

        // Level-taking members have default bodies in the real package (2.x on .NET 6+).
        void Log(string level, string message) => LogLine(message);

        void Log(LogLevel level, string message) => Log(level.ToString(), message);

        void LogTrace(string message) => Log(LogLevel.Trace, message);

        void LogDebug(string message) => Log(LogLevel.Debug, message);

        void LogInformation(string message) => Log(LogLevel.Information, message);

        void LogWarning(string message) => Log(LogLevel.Warning, message);

        void LogError(string message) => Log(LogLevel.Error, message);

        void LogCritical(string message) => Log(LogLevel.Critical, message);
    }

    /// <summary>Static logger: writes to the console unless a runtime client redirects it.</summary>
    public static class LambdaLogger
    {
        public static void Log(string message) => Console.Write(message);
    }

    public interface ILambdaSerializer
    {
        T Deserialize<T>(Stream requestStream);

        void Serialize<T>(T response, Stream responseStream);
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Method, AllowMultiple = false)]
    public sealed class LambdaSerializerAttribute : Attribute
    {
        public LambdaSerializerAttribute(Type serializerType) => SerializerType = serializerType;

        public Type SerializerType { get; set; }
    }
}
