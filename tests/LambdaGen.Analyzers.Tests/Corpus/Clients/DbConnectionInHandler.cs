using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen;
[assembly: LambdaApplication("shop", DefaultTimeout = 10)]

public sealed class PgConnection : System.Data.Common.DbConnection
{
    public PgConnection(string connectionString) => ConnectionString = connectionString;
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string ConnectionString { get; set; } = "";
    public override string Database => "app";
    public override string DataSource => "db";
    public override string ServerVersion => "16";
    public override System.Data.ConnectionState State => System.Data.ConnectionState.Closed;
    public override void ChangeDatabase(string databaseName) { }
    public override void Close() { }
    public override void Open() { }
    protected override System.Data.Common.DbTransaction BeginDbTransaction(System.Data.IsolationLevel isolationLevel) => throw new NotSupportedException();
    protected override System.Data.Common.DbCommand CreateDbCommand() => throw new NotSupportedException();
}

public sealed record Signup(string Email);

public static class Signups
{
    [HttpPost("/signups")]
    public static async Task<int> Create(Signup signup, CancellationToken ct)
    {
        await using var connection = new PgConnection("Host=db;Database=app"); // expect: LG1002
        await connection.OpenAsync(ct);
        return 1;
    }
}
