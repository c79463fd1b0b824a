import KotaCerdasCore
print(probeURL() as Any)
