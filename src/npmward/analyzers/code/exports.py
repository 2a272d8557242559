"""What a file exports, in the shapes compilers write: `module.exports = ...`, `exports.x = x`,
`Object.defineProperty(exports, 'x', {get: ...})` (tsc re-exports), `__exportStar(require(...))`,
esbuild's `__export(target, {x: () => x})`, and ESM `export` statements."""

from __future__ import annotations

from tree_sitter import Node

from .functions import FUNCTIONS


class Exports:
    """Mixin of the extractor (needs `out`, `text`, `is_text`, `const`, `callee_name`, `required_module`,
    `late_exports`, `factory_exports_of`)."""

    def export_name(self, left: Node) -> str | None:
        """`module.exports` -> "", `exports.x` / `module.exports.x` -> "x", else None."""
        if self.is_text(left, "module.exports"):
            return ""
        if left.type == "subscript_expression":
            dotted = self.callee_name(left)  # (`module['exports']`, `exports['x']`: constant indexes)
            if dotted == "module.exports":
                return ""
            name = next((dotted[len(p):] for p in ("module.exports.", "exports.") if dotted.startswith(p)), None)
            return name if name and "." not in name else None
        obj, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
        if obj is not None and prop is not None and (self.is_text(obj, "exports") or self.is_text(obj, "module.exports")):
            return self.text(prop, 200)
        return None

    def export(self, name: str, value: Node, scope: int | None, late: bool = False) -> None:
        targets = self.out.exports.setdefault(name, [])
        while value.type == "parenthesized_expression" and value.named_child_count:
            value = value.named_children[0]
        t = value.type
        if t in FUNCTIONS:
            targets.append(("node", value.id))
        elif t in ("class", "class_declaration"):
            # (by the name the walk gives the class, an anonymous one's by its line: its methods are what is called)
            named = value.child_by_field_name("name")
            targets.append(("name", scope, self.text(named, 200) if named is not None else f"<class@{value.start_point[0] + 1}>"))
        elif t == "identifier" and (table := self.literals.get(self.text(value, 200))) is not None \
                and (name or table.type == "object"):
            if not name:
                # (a UMD's `var api = { init() {…} }; module.exports = api`; and the members assigned on it later)
                self.export_members(table, scope)
                targets.append(self.named_target(value, scope))
            elif table.type == "array":
                self.export(name, table, scope)  # (an Nx plugin's `const createNodes = [glob, fn]; exports.createNodes = createNodes`)
            else:
                self.export_methods(name, table, targets, scope)  # (tsc: `const fns = { getReleaseLine }; exports.default = fns`)
        elif t in ("identifier", "shorthand_property_identifier"):
            targets.append(self.named_target(value, scope))
        elif t == "call_expression" and (made := _iife_returns(value)) is not None:
            targets.append(("node", made.id))  # Babel's class: `exports.default = function () { function C() {} … return _createClass(C, …); }()`
        elif t == "call_expression" and not late and (factory := _umd_factory(value)) is not None:
            self.factory_exports_of.append((name, factory))  # (what it returns is exported once the walk has named it)
        elif t in ("member_expression", "call_expression"):
            dotted = self.callee_name(value)
            if dotted.startswith("."):
                targets.append(("dotted", dotted))
            elif t == "call_expression" and dotted != "require":
                self.export_wrapped(name, value, scope)
            elif t == "member_expression" and not late:
                # Babel writes `Object.defineProperty(exports, "x", {get: () => _auth.x})` above the
                # `var _auth = require("./auth")` it reads: named again once the file is walked.
                self.late_exports.append((name, value, scope))
        elif t == "array" and value.named_child_count <= 8:
            # A plugin table's entry (karma's `{ 'reporter:x': ['type', Reporter] }`, a tuple of handlers): the host
            # application calls the functions in it.
            for item in value.named_children:
                if item.type in FUNCTIONS or item.type == "identifier":
                    self.export(name, item, scope)
        elif t == "object" and name == "":
            self.export_members(value, scope)
        elif t == "object":
            self.export_methods(name, value, targets, scope)

    def named_target(self, name: Node, scope: int | None) -> tuple:
        """An export written as a name: the function of that name, or the export of the module it was required from
        (`const Reporter = require('./lib/reporter'); module.exports = { x: Reporter }`, `const { rule } =
        require('./lib/rule'); module.exports = { rules: { 'jira-key': rule } }`)."""
        local = self.text(name, 200)
        module = self.bindings.get(local, "")
        return ("dotted", module) if module.startswith(".") else ("name", scope, local)

    def export_wrapped(self, name: str, call: Node, scope: int | None) -> None:
        """`module.exports = plugin.withOptions((options) => function ({ addUtilities }) {…})`, `export default
        definePlugin({ setup() {…} })`, `module.exports = createRule({ create(context) {…} })`: a helper of the host
        wraps what the package exports, and the host calls the functions and methods handed to it."""
        args = call.child_by_field_name("arguments")
        for arg in args.named_children[:4] if args is not None else ():
            if arg.type in FUNCTIONS or arg.type in ("object", "class"):
                self.export(name, arg, scope)

    def export_members(self, value: Node, scope: int | None) -> None:
        """`module.exports = { a, b: f, c() {} }`: each property is an export of its own."""
        for child in value.named_children:
            if child.type == "shorthand_property_identifier":
                self.export(self.text(child, 200), child, scope)
            elif child.type == "pair":
                key, val = child.child_by_field_name("key"), child.child_by_field_name("value")
                if key is not None and val is not None:
                    self.export(self.text(key, 200).strip("'\""), val, scope)
            elif child.type == "method_definition":
                key = child.child_by_field_name("name")
                if key is not None:
                    self.out.exports.setdefault(self.text(key, 200), []).append(("node", child.id))

    def export_methods(self, name: str, value: Node, targets: list, scope: int | None) -> None:
        """`exports.shaderCacheTask = { name: …, run(signal) { … } }`: a task, a plugin or a handler table the application
        hands its scheduler or framework, which calls the object's methods (see `_Linker.exported_methods`), or the
        functions it names (`{ getReleaseLine, getDependencyReleaseLine }`, a changesets changelog)."""
        for child in value.named_children[:64]:
            item = child.child_by_field_name("value") if child.type == "pair" else child
            if item is None:
                continue
            if item.type in ("identifier", "shorthand_property_identifier"):
                targets.append(self.named_target(item, scope))
            elif item.type == "method_definition" or item.type in FUNCTIONS:
                targets.append(("node", item.id))
                self.out.exported_methods.add(item.id)

    def visit_export(self, node: Node, scope: int | None) -> None:
        source = node.child_by_field_name("source")
        spec = self.const(source) if source is not None else None
        spec = self.specifier(spec) if isinstance(spec, str) else spec
        declaration = node.child_by_field_name("declaration")
        value = node.child_by_field_name("value")
        if declaration is not None:
            if declaration.type in ("lexical_declaration", "variable_declaration"):
                for d in declaration.named_children:
                    name = d.child_by_field_name("name") if d.type == "variable_declarator" else None
                    if name is not None and name.type == "identifier":
                        self.out.exports.setdefault(self.text(name, 200), []).append(("name", None, self.text(name, 200)))
            else:
                name = declaration.child_by_field_name("name")
                if name is not None:
                    self.out.exports.setdefault(self.text(name, 200), []).append(("node", declaration.id) if declaration.type in FUNCTIONS
                                                                                  else ("name", None, self.text(name, 200)))
            if any(c.type == "default" for c in node.children) and declaration.type in FUNCTIONS:
                self.out.exports.setdefault("default", []).append(("node", declaration.id))
        elif value is not None:
            self.export("default", value, scope)
        for child in node.named_children:
            if child.type == "export_clause":
                for spec_node in child.named_children:
                    name = spec_node.child_by_field_name("name")
                    alias = spec_node.child_by_field_name("alias") or name
                    if name is None:
                        continue
                    target = ("dotted", f"{spec}.{self.text(name, 200)}") if isinstance(spec, str) else ("name", None, self.text(name, 200))
                    self.out.exports.setdefault(self.text(alias, 200), []).append(target)
        if isinstance(spec, str):
            self.out.requires.append((None, spec))
            self.out.modules.add(spec)
            if any(c.type == "*" for c in node.children):
                self.out.exports.setdefault("*", []).append(("star", spec))

    def visit_export_helper(self, arg_nodes: list[Node], scope: int | None) -> None:
        """tsc's `__exportStar(require('./m'), exports)`, esbuild's `__export(target, {x: () => x})`."""
        for a in arg_nodes:
            if a.type == "call_expression":
                module = self.required_module(a)
                if module is not None:
                    self.out.exports.setdefault("*", []).append(("star", module))
            elif a.type == "object":
                for pair in a.named_children:
                    key, val = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                    # (esbuild's `x: () => x`, swc's `x: function() { return x; }`)
                    returned = _returned(val) if pair.type == "pair" and key is not None and val is not None else None
                    if returned is not None and returned.type == "identifier":
                        self.out.exports.setdefault(self.text(key, 200).strip("'\""), []).append(("name", scope, self.text(returned, 200)))

    def visit_define_export(self, name: str, descriptor: Node, scope: int | None) -> None:
        """`Object.defineProperty(exports, "x", {enumerable: true, get: function () { return m_1.x; }})`."""
        if descriptor.type != "object":
            return
        for pair in descriptor.named_children:
            key = pair.child_by_field_name("key") if pair.type == "pair" else pair.child_by_field_name("name")
            if key is None:
                continue
            if self.is_text(key, "value") and pair.type == "pair":
                self.export(name, pair.child_by_field_name("value"), scope)
            elif self.is_text(key, "get"):
                returned = _returned(pair.child_by_field_name("value") if pair.type == "pair" else pair)
                if returned is not None:
                    self.export(name, returned, scope)


GETTERS = ("arrow_function", "function_expression", "function", "method_definition")


def _returned(fn: Node | None) -> Node | None:
    """What a getter returns: an arrow function's expression body, or the first `return` of a function's block."""
    body = fn.child_by_field_name("body") if fn is not None and fn.type in GETTERS else None
    if body is not None and body.type == "statement_block":
        statements = [c for c in body.named_children if c.type == "return_statement" and c.named_child_count]
        return statements[0].named_children[0] if statements else None
    return body


def _umd_factory(call: Node) -> Node | None:
    """The factory a UMD wrapper exports what it returns of: `!function (e, t) { … module.exports = t() … }(this,
    function () { … return { init: … } })` (rollup's and webpack's browser builds): `t` is a parameter of the function
    around the call, called where it is written with a function in that parameter's place."""
    callee = call.child_by_field_name("function")
    if callee is None or callee.type != "identifier":
        return None
    wrapper = call.parent
    while wrapper is not None and wrapper.type not in FUNCTIONS:
        wrapper = wrapper.parent
    params = wrapper.child_by_field_name("parameters") if wrapper is not None else None
    names = [p.text for p in params.named_children] if params is not None else []
    if callee.text not in names:
        return None
    outer = wrapper.parent
    while outer is not None and outer.type in ("parenthesized_expression", "unary_expression"):
        outer = outer.parent
    args = outer.child_by_field_name("arguments") if outer is not None and outer.type == "call_expression" else None
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    position = names.index(callee.text)
    factory = given[position] if position < len(given) else None
    while factory is not None and factory.type == "parenthesized_expression" and factory.named_child_count:
        factory = factory.named_children[0]
    return factory if factory is not None and factory.type in FUNCTIONS else None


def factory_returns(factory: Node) -> list[Node]:
    """What a factory's body returns at its top (`return { init: … }`, `return PerfBeacon`)."""
    body = factory.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return [body] if body is not None else []
    return [c.named_children[0] for c in body.named_children if c.type == "return_statement" and c.named_child_count]


def _iife_returns(call: Node) -> Node | None:
    """The function declared in a function expression called where it is written, that the expression returns
    (itself, or as the first argument of a helper: Babel's `return _createClass(TronClient, [...])`)."""
    callee = call.child_by_field_name("function")
    while callee is not None and callee.type == "parenthesized_expression" and callee.named_child_count:
        callee = callee.named_children[0]
    body = callee.child_by_field_name("body") if callee is not None and callee.type in FUNCTIONS else None
    if body is None or body.type != "statement_block":
        return None
    declared = {}
    returned = None
    for statement in body.named_children:
        if statement.type == "function_declaration" and (name := statement.child_by_field_name("name")) is not None:
            declared[name.text] = statement
        elif statement.type == "return_statement" and statement.named_child_count:
            returned = statement.named_children[0]
    if returned is not None and returned.type == "call_expression":
        args = returned.child_by_field_name("arguments")
        returned = args.named_children[0] if args is not None and args.named_child_count else None
    return declared.get(returned.text) if returned is not None and returned.type == "identifier" else None
