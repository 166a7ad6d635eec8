namespace SealGuard.Web.Infrastructure.Http;

/// <summary>Headers of a response that shows personal data in full: no browser, proxy or shared cache may keep a copy.</summary>
public static class PersonalDataResponses
{
    public static void NoStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }
}
