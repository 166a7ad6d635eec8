using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SealGuard.Web.Data;

/// <summary>
/// Hands out per-division serials (seal codes, organization and shop codes) inside the caller's transaction.
/// The increment is a single UPDATE … RETURNING, so concurrent callers queue on the row lock and never get the
/// same number; a rolled-back transaction never published its number.
/// </summary>
public sealed class CodeAllocator(SealGuardDbContext db)
{
    public const string SealKind = "seal";
    public const string OrganizationKind = "org";
    public const string ShopKind = "shop";

    public async Task<int> NextAsync(string kind, string divisionCode, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Codes are allocated inside a unit of work.");
        var connection = db.Database.GetDbConnection();

        await ExecuteAsync(connection, transaction, "INSERT INTO code_sequences (kind, division_code, last_value) VALUES (@kind, @division, 0) ON CONFLICT DO NOTHING", kind, divisionCode, cancellationToken);
        var value = await ExecuteAsync(connection, transaction, "UPDATE code_sequences SET last_value = last_value + 1 WHERE kind = @kind AND division_code = @division RETURNING last_value", kind, divisionCode, cancellationToken);
        return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, IDbContextTransaction transaction, string sql, string kind, string divisionCode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        AddParameter(command, "@kind", kind);
        AddParameter(command, "@division", divisionCode);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
