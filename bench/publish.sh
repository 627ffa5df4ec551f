# Sourced by the benchmarks: the two ways the tool is published to be measured, from a source tree SRC (the
# repository or a worktree of an earlier revision) into a folder OUT.
# publish_jit SRC OUT: the JIT build as it runs from `dotnet tool install` on other platforms, framework-dependent and
#   precompiled with ReadyToRun (so start-up does not wait for the JIT). PublishAot is turned off: the project turns
#   it on, and with a runtime identifier it would make the native build instead (harmless for revisions without it).
# publish_native SRC OUT: the native build (Native AOT, issue #19) as `dotnet publish -r RID` and the tool package make it.
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
publish_jit() { dotnet publish -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true "$1/src/OneOnOne.Journal" -o "$2" -v q -nologo >/dev/null; }
publish_native() { dotnet publish -c Release -r "$rid" "$1/src/OneOnOne.Journal" -o "$2" -v q -nologo >/dev/null; }
