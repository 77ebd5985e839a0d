//! Lists, dicts and sets, and the type-generic value operations (hash,
//! equality, ordering, repr) that they and compiled code need.

runtime_interface! {
    CONTAINER_DECLS, container_symbols;
}
