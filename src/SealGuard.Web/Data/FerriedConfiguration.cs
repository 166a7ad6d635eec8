using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Exchange;

namespace SealGuard.Web.Data;

public static class FerriedConfiguration
{
    /// <summary>
    /// The stable key is unique; the version is a concurrency token, so two writers cannot both commit the same next
    /// version of a row (the ferry orders a row's states by it).
    /// </summary>
    public static void IsFerried<T>(this EntityTypeBuilder<T> builder)
        where T : class, IFerried
    {
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
