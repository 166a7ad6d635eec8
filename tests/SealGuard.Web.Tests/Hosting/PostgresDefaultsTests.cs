using Npgsql;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Tests.Hosting;

public sealed class PostgresDefaultsTests
{
    [Fact]
    public void Statements_are_prepared_automatically_and_connections_not_reset_unless_the_connection_string_says_otherwise()
    {
        var defaults = new NpgsqlConnectionStringBuilder(SealGuardServices.WithPostgresDefaults("Host=127.0.0.1;Database=sg"));
        defaults.MaxAutoPrepare.ShouldBe(100);
        defaults.AutoPrepareMinUsages.ShouldBe(2);
        defaults.NoResetOnClose.ShouldBeTrue();
        defaults.Database.ShouldBe("sg");

        var chosen = new NpgsqlConnectionStringBuilder(SealGuardServices.WithPostgresDefaults("Host=127.0.0.1;Max Auto Prepare=0;No Reset On Close=false"));
        chosen.MaxAutoPrepare.ShouldBe(0);
        chosen.NoResetOnClose.ShouldBeFalse();
    }
}
