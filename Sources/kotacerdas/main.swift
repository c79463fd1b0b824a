import KotaCerdasCore
print(Language.fromEnvironment([:]))
