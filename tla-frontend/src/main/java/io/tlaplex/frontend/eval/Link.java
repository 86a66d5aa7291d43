package io.tlaplex.frontend.eval;

/** How a call finds the static link of the callee's frame, starting from the caller's frame. */
abstract class Link {
    /** No enclosing frame: a module-level definition outside any parameterised instance. */
    static final Link NONE = new Link() {
        @Override
        Object[] frame(Ctx c, Object[] f) {
            return null;
        }

        @Override
        boolean readsFrame() {
            return false;
        }
    };

    abstract Object[] frame(Ctx c, Object[] f);

    abstract boolean readsFrame();

    /** The frame {@code depth} links above the caller's. */
    static Link up(int depth) {
        return new Up(depth);
    }

    /** {@code then}, applied from the frame {@code depth} links above the caller's. */
    static Link after(int depth, Link then) {
        if (depth == 0 || then == NONE) {
            return then;
        }
        if (then instanceof Up u) {
            return new Up(depth + u.depth);
        }
        return new Link() {
            @Override
            Object[] frame(Ctx c, Object[] f) {
                return then.frame(c, Node.up(f, depth));
            }

            @Override
            boolean readsFrame() {
                return true;
            }
        };
    }

    private static final class Up extends Link {
        final int depth;

        Up(int depth) {
            this.depth = depth;
        }

        @Override
        Object[] frame(Ctx c, Object[] f) {
            return Node.up(f, depth);
        }

        @Override
        boolean readsFrame() {
            return true;
        }
    }

    /** A new frame for the parameters of {@code I(a, b)!Op}, linked to {@code parent}'s frame. */
    static final class InstFrame extends Link {
        final Link parent;
        final Node[] args;
        final int size;

        InstFrame(Link parent, Node[] args, int size) {
            this.parent = parent;
            this.args = args;
            this.size = size;
        }

        @Override
        Object[] frame(Ctx c, Object[] f) {
            Object[] fr = new Object[size];
            fr[0] = parent.frame(c, f);
            for (int i = 0; i < args.length; i++) {
                fr[i + 1] = args[i].eval(c, f);
            }
            return fr;
        }

        @Override
        boolean readsFrame() {
            return true;
        }
    }
}
