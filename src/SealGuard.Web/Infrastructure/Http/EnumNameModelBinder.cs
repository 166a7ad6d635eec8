using Microsoft.AspNetCore.Mvc.ModelBinding;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// Page model binding of enums by exact member name only (<see cref="EnumName"/>), as the API does: MVC's own binder also
/// takes numbers, so <c>?table=2</c> or a posted role <c>5</c> would pick a member nobody chose. Anything else is a
/// model error and leaves the property at its default.
/// </summary>
public sealed class EnumNameModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type.IsEnum ? new EnumNameModelBinder(type) : null;
    }

    private sealed class EnumNameModelBinder(Type enumType) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            if (EnumName.TryParse(enumType, value.FirstValue, out var parsed))
            {
                bindingContext.Result = ModelBindingResult.Success(parsed);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Core.Codes.Messages.Get("Validation.Failed"));
                bindingContext.Result = ModelBindingResult.Failed();
            }

            return Task.CompletedTask;
        }
    }
}
