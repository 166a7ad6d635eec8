namespace SealGuard.Core.Shops;

/// <summary>One step in a staff registration's history.</summary>
public enum StaffAction
{
    /// <summary>Entered by the police with the shop's filing (刻章业备案): accepted at once.</summary>
    Filed = 1,
    Registered = 2,
    Corrected = 3,
    Accepted = 4,
    Returned = 5,
    Deregistered = 6,
}
