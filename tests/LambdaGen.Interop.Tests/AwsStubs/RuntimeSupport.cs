// Shape of Amazon.Lambda.RuntimeSupport 1.13 (public API as documented by AWS). Test stub, not AWS code:
// instead of the Runtime API, RunAsync drains StubBootstrap's queue so tests can drive a generated Main.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Core;

namespace Amazon.Lambda.RuntimeSupport
{
    public delegate Task<bool> LambdaBootstrapInitializer();

    public class LambdaBootstrapBuilder
    {
        private readonly Func<Stream, ILambdaContext, Task<Stream>> _handler;
        private LambdaBootstrapInitializer _initializer;

        private LambdaBootstrapBuilder(Func<Stream, ILambdaContext, Task<Stream>> handler) => _handler = handler;

        public static LambdaBootstrapBuilder Create(Func<Stream, ILambdaContext, Task<Stream>> handler) => new(handler);

        public LambdaBootstrapBuilder UseBootstrapHandler(LambdaBootstrapInitializer lambdaBootstrapInitializer)
        {
            _initializer = lambdaBootstrapInitializer;
            return this;
        }

        public LambdaBootstrap Build() => new(_handler, _initializer);
    }

    public class LambdaBootstrap : IDisposable
    {
        private readonly Func<Stream, ILambdaContext, Task<Stream>> _handler;
        private readonly LambdaBootstrapInitializer _initializer;

        internal LambdaBootstrap(Func<Stream, ILambdaContext, Task<Stream>> handler, LambdaBootstrapInitializer initializer)
        {
            _handler = handler;
            _initializer = initializer;
        }

        public async Task RunAsync(CancellationToken cancellationToken = default)
        {
            StubBootstrap.Built++;
            if (_initializer is not null)
            {
                try
                {
                    if (!await _initializer())
                    {
                        StubBootstrap.InitError = "initializer returned false";
                        return;
                    }
                }
                catch (Exception e)
                {
                    StubBootstrap.InitError = e.GetType().Name + ": " + e.Message;
                    return;
                }
            }

            while (StubBootstrap.Pending.TryDequeue(out var invocation))
            {
                var context = new StubContext(invocation.RequestId);
                try
                {
                    using var input = new MemoryStream(Encoding.UTF8.GetBytes(invocation.Event));
                    var output = await _handler(input, context);
                    using var reader = new StreamReader(output);
                    StubBootstrap.Results.Add(invocation.RequestId + "=" + await reader.ReadToEndAsync(cancellationToken));
                }
                catch (Exception e)
                {
                    StubBootstrap.Results.Add(invocation.RequestId + "!" + e.GetType().Name + ": " + e.Message);
                }
            }
        }

        public void Dispose()
        {
        }
    }

    /// <summary>Test control of the stub bootstrap (not part of AWS's API).</summary>
    public static class StubBootstrap
    {
        public static readonly Queue<(string RequestId, string Event)> Pending = new();
        public static readonly List<string> Results = new();
        public static string InitError;
        public static int Built;

        public static void Reset()
        {
            Pending.Clear();
            Results.Clear();
            InitError = null;
            Built = 0;
        }
    }

    internal sealed class StubContext(string requestId) : ILambdaContext
    {
        public string AwsRequestId => requestId;
        public IClientContext ClientContext => null;
        public string FunctionName => "stub-function";
        public string FunctionVersion => "$LATEST";
        public ICognitoIdentity Identity => null;
        public string InvokedFunctionArn => "arn:aws:lambda:us-east-1:123456789012:function:stub-function";
        public ILambdaLogger Logger => null;
        public string LogGroupName => "/aws/lambda/stub-function";
        public string LogStreamName => "stream";
        public int MemoryLimitInMB => 256;
        public TimeSpan RemainingTime => TimeSpan.FromSeconds(30);
    }
}
