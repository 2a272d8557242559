"""Functions as reachability sees them: where each is written, what it can be called by, whether it
runs with the code around it (a callback, an IIFE), its parameters and its returned value."""

from __future__ import annotations

import re

from tree_sitter import Node

from .program import Func

FUNCTIONS = {"function_declaration", "function_expression", "function", "arrow_function",
             "method_definition", "generator_function_declaration", "generator_function"}
IMMEDIATE_PARENTS = {"arguments", "call_expression", "new_expression"}
"""A function written here runs when the code around it runs: a callback, an IIFE."""
HANDLER_PROPERTY = re.compile(r"^on(message|data|open|load|loadend|readystatechange|connect|response|initialized|ready)$")
"""Event-handler properties of sockets, requests and servers (`ws.onmessage`, `xhr.onload`, an MCP server's
`oninitialized`): the handler runs once the object it is set on delivers, and gets what it delivers."""


class Functions:
    """Mixin of the extractor (needs `out`, `graph`, `text`, `value`, `declare`, `bind_pattern`,
    `remember_pure`, and the walk's `literal_args`, `owners`, `class_names`, `fid_of_node`,
    `subcommands`, `on_request`)."""

    # --- CLI subcommands -----------------------------------------------------------------------
    # A CLI's subcommand handler (commander/cac/sade `program.command('init').action(fn)`, yargs
    # `.command('serve', 'desc', builder, handler)`) runs when the user types that subcommand, not
    # when the bin starts: a callback, but not one that runs with the code around it. The root
    # command's `program.action(fn)` runs on every start and stays immediate.

    def is_subcommand(self, node: Node | None) -> bool:
        """`program.command('x')`, a chain on it (`.description(...).option(...)`), or a variable
        that holds one."""
        while node is not None:
            if node.type == "identifier":
                return self.text(node, 200) in self.subcommands
            if node.type != "call_expression":
                return False
            fn = node.child_by_field_name("function")
            if fn is None or fn.type != "member_expression":
                return False
            prop, args = fn.child_by_field_name("property"), node.child_by_field_name("arguments")
            if prop is not None and self.text(prop, 10) == "command" and args is not None and args.named_child_count \
                    and args.named_children[0].type in ("string", "template_string", "array"):
                return True
            node = fn.child_by_field_name("object")
        return False

    def note_subcommand_handlers(self, fn: Node, arg_nodes: list[Node]) -> None:
        if fn.type != "member_expression":
            return
        prop = fn.child_by_field_name("property")
        name = self.text(prop, 10) if prop is not None else ""
        if (name == "action" and self.is_subcommand(fn.child_by_field_name("object"))) or \
                (name == "command" and len(arg_nodes) >= 3 and arg_nodes[0].type in ("string", "array")):
            self.on_request.update(a.id for a in arg_nodes if a.type in FUNCTIONS)

    def class_of(self, scope: int | None) -> str | None:
        while scope is not None:
            func = self.out.funcs[scope]
            if func.cls is not None:
                return func.cls
            scope = func.parent
        return None

    # --- functions -----------------------------------------------------------------------------

    def enter_function(self, node: Node, scope: int | None, parent: Node | None) -> int:  # noqa: C901 - one branch per way a function is named or called
        """Record a function and return its index, the scope of its body."""
        fid = len(self.out.funcs)
        self.graph.at = fid
        ptype = parent.type if parent is not None else ""
        immediate = (ptype in IMMEDIATE_PARENTS or (parent is not None and parent.id in self.literal_args)) \
            and node.id not in self.on_request
        if ptype == "member_expression":  # `(function () {...}).call(this)`
            prop = parent.child_by_field_name("property")
            immediate = prop is not None and self.text(prop, 10) in ("call", "apply", "bind")
        name_node = node.child_by_field_name("name")
        name = self.text(name_node, 200) if name_node is not None else ""
        func = Func(name or f"<anonymous@{node.start_point[0] + 1}>", scope, node.start_point[0] + 1, immediate, node_id=node.id,
                    command=node.id in self.on_request)
        self.out.funcs.append(func)
        self.fid_of_node[node.id] = fid
        t = node.type
        if t in ("function_declaration", "generator_function_declaration") and name:
            self.out.named.setdefault((scope, name), []).append(fid)
            self.declare(scope, name)
            self.remember_pure(name, node)
            self.note_event_forwarder(name, node)
        elif name and t != "method_definition":  # a named function expression knows itself by name
            self.out.named.setdefault((fid, name), []).append(fid)
        if t == "method_definition":
            if name:
                func.props.append(name)
            if ptype == "class_body":
                func.cls = self.class_names.get(parent.id)
                if name == "constructor" and func.cls:
                    self.out.classes[func.cls] = fid
            elif ptype == "object" and parent.id in self.owners:
                func.owner = self.owners[parent.id]  # `const link = { attach() {...} }`: link.attach
        elif ptype == "variable_declarator":
            target = parent.child_by_field_name("name")
            if target is not None and target.type == "identifier":
                bound = self.text(target, 200)
                func.name = name or bound
                self.out.named.setdefault((scope, bound), []).append(fid)
                self.note_event_forwarder(bound, node)
        elif ptype in ("assignment_expression", "augmented_assignment_expression"):
            left = parent.child_by_field_name("left")
            if left is not None:
                if left.type == "identifier":
                    self.out.named.setdefault((scope, self.text(left, 200)), []).append(fid)
                elif left.type == "member_expression":
                    prop = left.child_by_field_name("property")
                    if prop is not None:
                        func.props.append(self.text(prop, 200))
                        owner = left.child_by_field_name("object")
                        if owner is not None and owner.type == "identifier":
                            func.owner = self.text(owner, 200)  # kept by `finish` if declared at the top level
                        if HANDLER_PROPERTY.match(func.props[-1]):
                            # `socket.onmessage = function (m) {...}`: an event handler runs when the
                            # code that set it up runs (the event comes later), and it receives what
                            # the object it listens on delivers (a message, a response).
                            func.immediate = True
                            owner = left.child_by_field_name("object")
                            if owner is not None:
                                self.handler_inputs[node.id] = self.value(owner, scope)
                func.name = name or self.text(left, 80)
        elif ptype in ("pair", "field_definition", "public_field_definition"):
            key = parent.child_by_field_name("key") or parent.child_by_field_name("property")
            if key is not None:
                func.props.append(self.text(key, 200).strip("'\"`"))
                func.name = name or func.props[-1]
            if parent.id in self.owners:  # a module factory in `var __webpack_modules__ = {...}`
                func.props.append(self.owners[parent.id] + "[]")
                func.owner = self.owners[parent.id]
                params = node.child_by_field_name("parameters")
                if self.owners[parent.id] in self.module_tables and params is not None and params.named_child_count == 3 \
                        and params.named_children[2].type == "identifier":
                    # `(e, t, r) => { var n = r("https") }`: a minified factory's third parameter is
                    # `__webpack_require__`.
                    self.require_aliases.add(self.text(params.named_children[2], 200))
        if (func.immediate and t != "arrow_function") or func.owner in self.module_tables:
            # (an arrow sees the `this` of the code around it, but a bundle's module factory is a module of its own:
            # the functions in it share their `this` with no other module's)
            self.own_this.add(fid)
        self.enter_params(node, fid)
        body = node.child_by_field_name("body")
        if t == "arrow_function" and body is not None and body.type != "statement_block":
            self.graph.edge(self.value(body, fid), self.ret_node(fid))
            if body.type == "identifier" and ptype == "pair" and not func.params:
                func.getter = self.text(body, 200)
        return fid

    def enter_params(self, node: Node, fid: int) -> None:
        params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        if params is None:
            return
        items = [params] if params.type == "identifier" else [p for p in params.named_children if p.type != "comment"]
        func = self.out.funcs[fid]
        for item in items:
            holder = self.graph.node()
            func.params.append(holder)
            if item.type == "rest_pattern" and item.named_child_count:
                func.rest = len(func.param_names)
            name = item if item.type == "identifier" else item.child_by_field_name("pattern") \
                if item.type in ("required_parameter", "optional_parameter") else \
                item.child_by_field_name("left") if item.type == "assignment_pattern" else \
                item.named_children[0] if item.type == "rest_pattern" and item.named_child_count else None
            func.param_names.append(self.text(name, 200) if name is not None and name.type == "identifier" else None)
            self.bind_pattern(item, holder, fid, declare=True)

    def ret_node(self, fid: int) -> int:
        func = self.out.funcs[fid]
        if func.ret is None:
            func.ret = self.graph.node()
        return func.ret
