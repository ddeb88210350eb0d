void crmUiPlaceholder() {}
