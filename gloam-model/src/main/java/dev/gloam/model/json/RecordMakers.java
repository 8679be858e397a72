package dev.gloam.model.json;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Makes, for one record's canonical constructor, a small class whose {@code apply(Object[])} is
 * {@code new R((A) args[0], ((Long) args[1]).longValue(), ...)}: a plain constructor call the JIT
 * compiles and inlines like any other.
 *
 * <p>{@link Constructor#newInstance} goes through a method handle the JIT cannot see into, since
 * one call site serves every record type; a gateway event builds a dozen records, and those calls
 * were about a tenth of parsing one. The class is a hidden class of this package (see {@link
 * MethodHandles.Lookup#defineHiddenClass}), with one method of straight-line code, so it needs no
 * stack map frames and is written here byte by byte (the JDK's class-file API is newer than Java
 * 21). Only records of gloam's own module whose constructor and parameter types this package can
 * reach get one; for others {@link #of} returns null and the caller keeps the reflective call. Each
 * maker costs about a millisecond to make, so the caller asks for one only for a record it makes
 * often.
 */
final class RecordMakers {
  private static final String MAKER = "dev/gloam/model/json/RecordMaker";
  private static final int JAVA_21 = 65;
  // Every operand stack and local slot a constructor call of 255 parameter slots may use.
  private static final int MAX_PARAMETER_SLOTS = 254;

  private static final AtomicInteger MADE = new AtomicInteger();

  private RecordMakers() {}

  /** Returns how many makers this JVM has made so far, for tests. */
  static int made() {
    return MADE.get();
  }

  /**
   * Returns a maker for a record's canonical constructor.
   *
   * @param constructor the constructor
   * @return the maker, or null if this record cannot have one
   */
  static Function<Object[], Object> of(Constructor<?> constructor) {
    if (!canReach(constructor)) {
      return null;
    }
    try {
      MethodHandles.Lookup maker =
          MethodHandles.lookup().defineHiddenClass(classFile(constructor), true);
      @SuppressWarnings("unchecked")
      Function<Object[], Object> made =
          (Function<Object[], Object>) maker.lookupClass().getConstructor().newInstance();
      MADE.incrementAndGet();
      return made;
    } catch (ReflectiveOperationException | LinkageError | IllegalArgumentException e) {
      // A class the JVM refuses (it never should) leaves the record to the reflective call.
      return null;
    }
  }

  private static boolean canReach(Constructor<?> constructor) {
    Class<?> type = constructor.getDeclaringClass();
    if (type.getModule() != RecordMakers.class.getModule()
        || type.getClassLoader() != RecordMakers.class.getClassLoader()
        || !Modifier.isPublic(constructor.getModifiers())
        || !isPublic(type)) {
      return false;
    }
    for (Class<?> parameter : constructor.getParameterTypes()) {
      if (!isReachable(parameter)) {
        return false;
      }
    }
    return slots(constructor) <= MAX_PARAMETER_SLOTS;
  }

  // The JVM asks only whether the class itself is public, not the classes around a nested one.
  private static boolean isPublic(Class<?> type) {
    return Modifier.isPublic(type.getModifiers());
  }

  // A parameter type the maker casts to must be public, visible from this class loader and in a
  // package this module can read.
  private static boolean isReachable(Class<?> parameter) {
    Class<?> type = parameter;
    while (type.isArray()) {
      type = type.getComponentType();
    }
    if (type.isPrimitive()) {
      return true;
    }
    Module own = RecordMakers.class.getModule();
    Module module = type.getModule();
    if (!isPublic(type)
        || !(module == own
            || own.canRead(module) && module.isExported(type.getPackageName(), own))) {
      return false;
    }
    try {
      return Class.forName(type.getName(), false, RecordMakers.class.getClassLoader()) == type;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static byte[] classFile(Constructor<?> constructor) {
    ConstantPool pool = new ConstantPool();
    int thisClass = pool.type(MAKER);
    int object = pool.type("java/lang/Object");
    int function = pool.type("java/util/function/Function");
    int init = pool.utf8("<init>");
    int noArguments = pool.utf8("()V");
    int objectInit = pool.method(object, "<init>", "()V");
    int apply = pool.utf8("apply");
    int applyType = pool.utf8("(Ljava/lang/Object;)Ljava/lang/Object;");
    int code = pool.utf8("Code");
    byte[] applyCode = applyCode(constructor, pool);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(0xCAFEBABE);
      out.writeShort(0);
      out.writeShort(JAVA_21);
      pool.writeTo(out);
      out.writeShort(Modifier.PUBLIC | Modifier.FINAL | 0x0020); // ACC_SUPER
      out.writeShort(thisClass);
      out.writeShort(object);
      out.writeShort(1);
      out.writeShort(function);
      out.writeShort(0); // fields
      out.writeShort(2); // methods

      // public RecordMaker() { super(); }
      byte[] initCode = {
        0x2a, // aload_0
        (byte) 0xb7,
        (byte) (objectInit >> 8),
        (byte) objectInit, // invokespecial Object.<init>
        (byte) 0xb1 // return
      };
      writeMethod(out, init, noArguments, code, 1, 1, initCode);
      int maxStack = 2 + slots(constructor) + 2;
      writeMethod(out, apply, applyType, code, maxStack, 3, applyCode);

      out.writeShort(0); // class attributes
    } catch (IOException e) {
      throw new IllegalStateException("cannot write to memory", e);
    }
    return bytes.toByteArray();
  }

  private static int slots(Constructor<?> constructor) {
    int slots = 0;
    for (Class<?> parameter : constructor.getParameterTypes()) {
      slots += parameter == long.class || parameter == double.class ? 2 : 1;
    }
    return slots;
  }

  private static void writeMethod(
      DataOutputStream out,
      int name,
      int descriptor,
      int codeName,
      int maxStack,
      int maxLocals,
      byte[] code)
      throws IOException {
    out.writeShort(Modifier.PUBLIC);
    out.writeShort(name);
    out.writeShort(descriptor);
    out.writeShort(1); // attributes: Code
    out.writeShort(codeName);
    out.writeInt(2 + 2 + 4 + code.length + 2 + 2);
    out.writeShort(maxStack);
    out.writeShort(maxLocals);
    out.writeInt(code.length);
    out.write(code);
    out.writeShort(0); // exception table
    out.writeShort(0); // code attributes
  }

  // Object apply(Object a) { Object[] args = (Object[]) a; return new R(cast(args[0]), ...); }
  private static byte[] applyCode(Constructor<?> constructor, ConstantPool pool) {
    ByteArrayOutputStream code = new ByteArrayOutputStream(256);
    Class<?> record = constructor.getDeclaringClass();
    code.write(0x2b); // aload_1
    writeIndexed(code, 0xc0, pool.type("[Ljava/lang/Object;")); // checkcast
    code.write(0x4d); // astore_2
    writeIndexed(code, 0xbb, pool.type(internalName(record))); // new
    code.write(0x59); // dup
    Class<?>[] parameters = constructor.getParameterTypes();
    StringBuilder descriptor = new StringBuilder("(");
    for (int i = 0; i < parameters.length; i++) {
      Class<?> parameter = parameters[i];
      descriptor.append(parameter.descriptorString());
      code.write(0x2c); // aload_2
      pushInt(code, i);
      code.write(0x32); // aaload
      if (parameter.isPrimitive()) {
        String boxName = internalName(MethodType.methodType(parameter).wrap().returnType());
        writeIndexed(code, 0xc0, pool.type(boxName)); // checkcast
        writeIndexed(
            code,
            0xb6, // invokevirtual
            pool.method(
                pool.type(boxName),
                parameter.getName() + "Value",
                "()" + parameter.descriptorString()));
      } else if (parameter != Object.class) {
        writeIndexed(code, 0xc0, pool.type(internalName(parameter))); // checkcast
      }
    }
    descriptor.append(")V");
    writeIndexed(
        code,
        0xb7, // invokespecial
        pool.method(pool.type(internalName(record)), "<init>", descriptor.toString()));
    code.write(0xb0); // areturn
    return code.toByteArray();
  }

  private static void writeIndexed(ByteArrayOutputStream code, int opcode, int index) {
    code.write(opcode);
    code.write(index >> 8);
    code.write(index);
  }

  private static void pushInt(ByteArrayOutputStream code, int value) {
    if (value <= 5) {
      code.write(0x03 + value); // iconst_<n>
    } else if (value <= Byte.MAX_VALUE) {
      code.write(0x10); // bipush
      code.write(value);
    } else {
      code.write(0x11); // sipush
      code.write(value >> 8);
      code.write(value);
    }
  }

  private static String internalName(Class<?> type) {
    return type.isArray() ? type.descriptorString() : type.getName().replace('.', '/');
  }

  /** The constant pool of the class being written, each entry once. */
  private static final class ConstantPool {
    private final ByteArrayOutputStream entries = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(entries);
    private final Map<String, Integer> written = new HashMap<>();
    private int count = 1;

    int utf8(String value) {
      return entry(
          "U" + value,
          () -> {
            out.writeByte(1);
            out.writeUTF(value);
          });
    }

    int type(String internalName) {
      int name = utf8(internalName);
      return entry(
          "C" + internalName,
          () -> {
            out.writeByte(7);
            out.writeShort(name);
          });
    }

    int method(int owner, String name, String descriptor) {
      int nameIndex = utf8(name);
      int descriptorIndex = utf8(descriptor);
      int nameAndType =
          entry(
              "N" + name + " " + descriptor,
              () -> {
                out.writeByte(12);
                out.writeShort(nameIndex);
                out.writeShort(descriptorIndex);
              });
      return entry(
          "M" + owner + " " + nameAndType,
          () -> {
            out.writeByte(10);
            out.writeShort(owner);
            out.writeShort(nameAndType);
          });
    }

    void writeTo(DataOutputStream to) throws IOException {
      to.writeShort(count);
      out.flush();
      entries.writeTo(to);
    }

    private int entry(String key, Writer writer) {
      Integer index = written.get(key);
      if (index != null) {
        return index;
      }
      try {
        writer.write();
      } catch (IOException e) {
        throw new IllegalStateException("cannot write to memory", e);
      }
      written.put(key, count);
      return count++;
    }

    private interface Writer {
      void write() throws IOException;
    }
  }
}
