#!/usr/bin/env python3
"""Turn a root file system tarball (mmdebstrap --format=tar) into a one-layer image in the `docker save` format,
which Quarkus's Jib extension takes as its base with `quarkus.jib.base-jvm-image=tar:///abs/path/base.tar`
(and which skopeo reads as `docker-archive:OUT.tar`, e.g. to push it to a registry without Docker).

    make-base-tar.py ROOTFS.tar OUT.tar [--tag NAME:TAG]

The layer is the rootfs without the device nodes mmdebstrap creates under /dev (a container runtime mounts its own
/dev) and with "./" stripped from the names; it stays uncompressed (Jib compresses it when it pushes). The image
config runs as uid 185 (the user `jboss`, home /home/jboss, that local-image-check.sh creates) in /home/jboss, as
Quarkus's UBI images do.
Only the standard library is used.
"""
import argparse
import hashlib
import io
import json
import os
import tarfile
import tempfile
import time


class HashingWriter:
    """A file object that hashes what is written to it (the layer's diff_id)."""

    def __init__(self, f):
        self.f, self.sha = f, hashlib.sha256()

    def write(self, b):
        self.sha.update(b)
        return self.f.write(b)

    def flush(self):
        self.f.flush()


def write_layer(rootfs, layer_path):
    dropped = 0
    with open(layer_path, "wb") as raw:
        hw = HashingWriter(raw)
        with tarfile.open(rootfs, "r|*") as src, tarfile.open(fileobj=hw, mode="w|", format=tarfile.PAX_FORMAT) as dst:
            for m in src:
                if m.ischr() or m.isblk() or m.isfifo():
                    dropped += 1
                    continue
                name = m.name[2:] if m.name.startswith("./") else m.name
                if name in ("", "."):
                    continue  # the root directory itself
                m.name = name
                if m.islnk() and m.linkname.startswith("./"):
                    m.linkname = m.linkname[2:]
                dst.addfile(m, src.extractfile(m) if m.isreg() else None)
        hw.flush()
    return "sha256:" + hw.sha.hexdigest(), dropped


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rootfs")
    ap.add_argument("out")
    ap.add_argument("--tag", default="attract/debian-openjdk-17-runtime-cjk:bookworm")
    ap.add_argument("--user", default="185")
    ap.add_argument("--workdir", default="/home/jboss")
    args = ap.parse_args()

    out_dir = os.path.dirname(os.path.abspath(args.out))
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        layer = os.path.join(tmp, "layer.tar")
        diff_id, dropped = write_layer(args.rootfs, layer)
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        config = {
            "architecture": "amd64",
            "os": "linux",
            "created": created,
            "config": {
                "User": args.user,
                "WorkingDir": args.workdir,
                "Env": [
                    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64",
                    "LANG=C.UTF-8",
                ],
            },
            "rootfs": {"type": "layers", "diff_ids": [diff_id]},
            "history": [{"created": created, "created_by": "mmdebstrap + deploy/image/make-base-tar.py"}],
        }
        config_bytes = json.dumps(config, indent=1).encode()
        config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
        layer_name = diff_id.split(":")[1] + "/layer.tar"
        manifest = [{"Config": config_name, "RepoTags": [args.tag], "Layers": [layer_name]}]

        with tarfile.open(args.out, "w", format=tarfile.PAX_FORMAT) as out:
            def add_bytes(name, data):
                ti = tarfile.TarInfo(name)
                ti.size, ti.mtime, ti.mode = len(data), int(time.time()), 0o644
                out.addfile(ti, fileobj=io.BytesIO(data))

            add_bytes(config_name, config_bytes)
            out.add(layer, arcname=layer_name)
            add_bytes("manifest.json", json.dumps(manifest).encode())
    print(f"{args.out}: {args.tag}, layer {diff_id} ({os.path.getsize(args.out) // 2**20} MiB), "
          f"{dropped} device node(s) left out")


if __name__ == "__main__":
    main()
