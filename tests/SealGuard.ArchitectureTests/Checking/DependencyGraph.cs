using System.Reflection;
using Mono.Cecil;

namespace SealGuard.ArchitectureTests.Checking;

/// <summary>
/// Which types each type of some assemblies uses, read from the compiled IL: signatures, base types, attributes
/// and method bodies (a call, a field read, a <c>new</c>, a local), which plain reflection cannot see. Nested types
/// (a page's input class, a lambda's closure, an async state machine) count as the top-level type that holds them.
/// </summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<Type, HashSet<string>> _edges = [];
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    private DependencyGraph()
    {
    }

    /// <summary>The top-level types of the assemblies.</summary>
    public IEnumerable<Type> Types => _edges.Keys;

    public static DependencyGraph Of(params Assembly[] assemblies)
    {
        var graph = new DependencyGraph();
        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.GetTypes())
            {
                graph._types[type.FullName!] = type;
            }

            using var module = ModuleDefinition.ReadModule(assembly.Location);
            foreach (var definition in module.Types.Where(t => t.Name != "<Module>"))
            {
                if (!graph._types.TryGetValue(definition.FullName, out var type))
                {
                    continue;
                }

                var used = new HashSet<string>(StringComparer.Ordinal);
                Collect(definition, used);
                used.Remove(type.FullName!);
                graph._edges[type] = used;
            }
        }

        return graph;
    }

    /// <summary>The full names (reflection spelling: <c>Outer+Inner</c>, <c>List`1</c>) of the types <paramref name="type"/> uses.</summary>
    public IReadOnlySet<string> UsedBy(Type type) => _edges.TryGetValue(type, out var used) ? used : new HashSet<string>();

    /// <summary>A type of the loaded assemblies by full name, or null for a type of another assembly.</summary>
    public Type? Find(string fullName) => _types.GetValueOrDefault(fullName);

    private static void Collect(TypeDefinition type, HashSet<string> used)
    {
        Add(type.BaseType, used);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType, used);
        }

        Attributes(type, used);
        Constraints(type, used);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, used);
            Attributes(field, used);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, used);
            Attributes(property, used);
        }

        foreach (var @event in type.Events)
        {
            Add(@event.EventType, used);
        }

        foreach (var method in type.Methods)
        {
            Method(method, used);
        }

        foreach (var nested in type.NestedTypes)
        {
            Collect(nested, used);
        }
    }

    private static void Method(MethodDefinition method, HashSet<string> used)
    {
        Signature(method, used);
        Attributes(method, used);
        Constraints(method, used);
        foreach (var parameter in method.Parameters)
        {
            Attributes(parameter, used);
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var variable in method.Body.Variables)
        {
            Add(variable.VariableType, used);
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            Add(handler.CatchType, used);
        }

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference operand:
                    Add(operand, used);
                    break;
                case MethodReference operand:
                    Add(operand.DeclaringType, used);
                    Signature(operand, used);
                    if (operand is GenericInstanceMethod generic)
                    {
                        foreach (var argument in generic.GenericArguments)
                        {
                            Add(argument, used);
                        }
                    }

                    break;
                case FieldReference operand:
                    Add(operand.DeclaringType, used);
                    Add(operand.FieldType, used);
                    break;
                case CallSite operand:
                    Signature(operand, used);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Signature(IMethodSignature method, HashSet<string> used)
    {
        Add(method.ReturnType, used);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, used);
        }
    }

    private static void Attributes(Mono.Cecil.ICustomAttributeProvider provider, HashSet<string> used)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            Add(attribute.AttributeType, used);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)))
            {
                // typeof(X) in an attribute, e.g. [ProducesResponseType(typeof(X), 200)].
                if (argument.Value is TypeReference typeArgument)
                {
                    Add(typeArgument, used);
                }
            }
        }
    }

    private static void Constraints(IGenericParameterProvider provider, HashSet<string> used)
    {
        foreach (var parameter in provider.GenericParameters)
        {
            foreach (var constraint in parameter.Constraints)
            {
                Add(constraint.ConstraintType, used);
            }
        }
    }

    private static void Add(TypeReference? type, HashSet<string> used)
    {
        switch (type)
        {
            case null:
            case GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, used);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument, used);
                }

                return;
            case FunctionPointerType pointer:
                Signature(pointer, used);
                return;
            case TypeSpecification specification:
                // Arrays, by-ref, pointers, modifiers: the element type is what is used.
                Add(specification.ElementType, used);
                return;
            default:
                used.Add(type.FullName.Replace('/', '+'));
                return;
        }
    }
}
