// The IntelSyntax module.
