using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Data;

/// <summary>
/// Hands out per-division serials (seal codes, organization and shop codes) inside the caller's transaction.
/// The increment is a single UPDATE … RETURNING, so concurrent callers queue on the row lock and never get the
/// same number; a rolled-back transaction never published its number. A division whose serial space is used up is
/// refused with the kind's 409 rule and nothing is written; from 90 % of the space on every allocation logs a warning.
/// </summary>
public sealed partial class CodeAllocator(SealGuardDbContext db, Jurisdiction jurisdiction, ILogger<CodeAllocator> logger)
{
    /// <exception cref="InvalidOperationException">No unit of work is open, or the division is not a county of the jurisdiction (callers validate first).</exception>
    public async Task<Outcome<int>> NextAsync(CodeKind kind, string divisionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Codes are allocated inside a unit of work.");
        if (!jurisdiction.Allows(divisionCode))
        {
            // The last line of defence: a code outside the area would be invisible to its officers and collide with another system's.
            throw new InvalidOperationException($"Division {divisionCode} is not a county-level division of the jurisdiction {jurisdiction.Prefix}; no {kind.Key} code is allocated there.");
        }

        var connection = db.Database.GetDbConnection();
        await ExecuteAsync(connection, transaction, "INSERT INTO code_sequences (kind, division_code, last_value, floor) VALUES (@kind, @division, 0, 0) ON CONFLICT DO NOTHING", kind, divisionCode, cancellationToken);
        var value = await ExecuteAsync(connection, transaction, "UPDATE code_sequences SET last_value = last_value + 1 WHERE kind = @kind AND division_code = @division AND last_value < @max RETURNING last_value", kind, divisionCode, cancellationToken);
        if (value is null or DBNull)
        {
            LogExhausted(kind.Key, divisionCode);
            return Failure.Rule(kind.Exhausted(divisionCode));
        }

        var serial = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if (kind.IsNearlyExhausted(serial))
        {
            LogNearlyExhausted(kind.Key, divisionCode, serial, kind.Remaining(serial));
        }

        return serial;
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, IDbContextTransaction transaction, string sql, CodeKind kind, string divisionCode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        AddParameter(command, "@kind", kind.Key);
        AddParameter(command, "@division", divisionCode);
        AddParameter(command, "@max", kind.MaxSerial);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Division {Division} is nearly out of {Kind} codes: serial {Serial} handed out, {Remaining} left (see `sealguard codes status`)")]
    private partial void LogNearlyExhausted(string kind, string division, int serial, int remaining);

    [LoggerMessage(Level = LogLevel.Error, Message = "Division {Division} has no {Kind} code left; the request was refused")]
    private partial void LogExhausted(string kind, string division);
}
