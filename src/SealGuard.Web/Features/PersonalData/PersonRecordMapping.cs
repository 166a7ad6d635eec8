using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.People;

namespace SealGuard.Web.Features.PersonalData;

/// <summary>One column layout for every embedded person (legal representative, agent, recipient, staff).</summary>
public static class PersonRecordMapping
{
    public static void MapPerson<TOwner>(this OwnedNavigationBuilder<TOwner, PersonRecord> person, string prefix, bool searchedByName = false)
        where TOwner : class
    {
        person.Property(p => p.Name).HasColumnName(prefix + "_name").HasMaxLength(64);
        person.Property(p => p.IdNumberCipher).HasColumnName(prefix + "_id_number_cipher").HasMaxLength(128);
        person.Property(p => p.IdNumberIndex).HasColumnName(prefix + "_id_number_index").HasMaxLength(64);
        person.Property(p => p.Phone).HasColumnName(prefix + "_phone").HasMaxLength(20);
        person.HasIndex(p => p.IdNumberIndex);

        if (searchedByName)
        {
            // The police seal search by a person's exact name.
            person.HasIndex(p => p.Name);
        }
    }
}
