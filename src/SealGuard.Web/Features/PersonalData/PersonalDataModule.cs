using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.PersonalData;

/// <summary>Encryption and blind index of ID numbers. Both zones hold persons (applicants, staff), so both nodes.</summary>
public sealed class PersonalDataModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options) =>
        builder.Services.AddSingleton(new PersonalDataProtector(KeyMaterial.Resolve(options.Keys.PersonalData, "personal-data", options, builder.Environment.IsProduction())));
}
